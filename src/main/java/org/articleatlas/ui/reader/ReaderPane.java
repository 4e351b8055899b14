package org.articleatlas.ui.reader;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel;
import org.articleatlas.ui.reader.ReaderViewModel.Segment;

/**
 * The open article in full: each place name a link tinted by the kind of place, names used for a
 * government or people (« Moscou a annoncé ») underlined with dashes, the selected place's names
 * outlined. A click, or Enter on a focused name, selects the place and flies the map there.
 */
public final class ReaderPane extends VBox {

    private final Messages messages;
    private final ReaderViewModel reader;
    private final PlacesViewModel places;
    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox body = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(body);
    /** Every name's link with its mention, to restyle them when the selection moves. */
    private final Map<Mention, Hyperlink> links = new LinkedHashMap<>();
    private final List<Node> matches = new ArrayList<>();
    private java.util.function.Function<Mention, List<javafx.scene.control.MenuItem>> mentionMenu = m -> List.of();

    public ReaderPane(Messages messages, ReaderViewModel reader, PlacesViewModel places) {
        super(6);
        this.messages = messages;
        this.reader = reader;
        this.places = places;
        setId("readerPane");
        setPadding(new Insets(8));
        title.getStyleClass().addAll("side-heading", "reader-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        details.getStyleClass().add("article-details");
        details.setWrapText(true);
        body.getStyleClass().add("reader-body");
        body.setPadding(new Insets(4, 10, 10, 4));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, details, scroll, legend());
        reader.paragraphs().addListener((javafx.collections.ListChangeListener<List<Segment>>) c -> render());
        reader.targetProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> scrollTo(now.span().start()));
            }
        });
        places.focusProperty().addListener((obs, old, now) -> restyle());
        render();
        // Built when first shown, maybe for a passage already asked for: it is scrolled to as it would have been.
        ReaderViewModel.Target target = reader.targetProperty().get();
        if (target != null) {
            Platform.runLater(() -> scrollTo(target.span().start()));
        }
    }

    /** What a right-click on a name offers (the teacher's corrections); nothing by default. */
    public void setMentionMenu(java.util.function.Function<Mention, List<javafx.scene.control.MenuItem>> menu) {
        this.mentionMenu = menu;
    }

    private void render() {
        links.clear();
        matches.clear();
        body.getChildren().clear();
        Article article = reader.articleProperty().get();
        if (article == null) {
            title.setText(messages.get("reader.none"));
            details.setText("");
            return;
        }
        title.setText(article.title());
        details.setText(details(article));
        for (List<Segment> paragraph : reader.paragraphs()) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("reader-paragraph");
            for (Segment s : paragraph) {
                flow.getChildren().add(node(s));
            }
            body.getChildren().add(flow);
        }
        restyle();
        scroll.setVvalue(0);
    }

    private Node node(Segment s) {
        if (s.mention().isPresent() && s.place().isPresent()) {
            Mention m = s.mention().get();
            PlaceResult place = s.place().get();
            Hyperlink link = new Hyperlink(s.text());
            link.setId("mention-" + m.articleId() + "-" + s.span().start());
            link.getStyleClass().addAll("mention", "kind-" + place.place().kind().label());
            if (m.use() == MentionUse.METONYMIC) {
                link.getStyleClass().add("use-metonymic");
            }
            if (s.match()) {
                link.getStyleClass().add("search-match");
            }
            link.setTooltip(new Tooltip(tooltip(place, m)));
            link.setOnAction(e -> reader.choose(m));
            link.setOnContextMenuRequested(e -> {
                List<javafx.scene.control.MenuItem> items = mentionMenu.apply(m);
                if (!items.isEmpty()) {
                    new javafx.scene.control.ContextMenu(items.toArray(javafx.scene.control.MenuItem[]::new))
                            .show(link, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            link.setFocusTraversable(true);
            // A name cut by a search match is two links; the first one stands for the mention.
            links.putIfAbsent(m, link);
            return link;
        }
        Text text = new Text(s.text());
        text.getStyleClass().add("reader-text");
        if (s.match()) {
            text.getStyleClass().add("search-match");
            matches.add(text);
        }
        return text;
    }

    private String tooltip(PlaceResult place, Mention m) {
        List<PlaceResult> named = places.placesOf(m);
        String line;
        if (named.size() > 1) {
            line = messages.get("reader.mention.several", named.size(), String.join(", ", named.stream()
                    .map(p -> p.place().name(messages.language())).toList()));
        } else {
            String kind = messages.get("kind." + place.place().kind().label());
            line = messages.get("reader.mention.tip", place.place().name(messages.language()), kind);
        }
        return m.use() == MentionUse.METONYMIC ? line + "\n" + messages.get("reader.metonymic.tip") : line;
    }

    private void restyle() {
        PlacesViewModel.Focus focus = places.focusProperty().get();
        links.forEach((m, link) -> {
            boolean chosen = focus != null && focus.place().mentions().contains(m);
            boolean focused = focus != null && focus.mention().filter(m::equals).isPresent();
            toggle(link, "selected-place", chosen);
            toggle(link, "focused-mention", focused);
        });
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().remove(styleClass);
        }
    }

    /** Scrolls so that the name or passage at {@code offset} stands a third of the way down the view. */
    private void scrollTo(int offset) {
        Node target = null;
        for (Map.Entry<Mention, Hyperlink> e : links.entrySet()) {
            if (e.getKey().span().contains(offset)) {
                target = e.getValue();
                break;
            }
        }
        if (target == null && !matches.isEmpty()) {
            target = matches.get(0);
        }
        if (target == null) {
            return;
        }
        applyCss();
        layout();
        Bounds inBody = body.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double contentHeight = body.getBoundsInLocal().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        if (contentHeight > viewHeight) {
            double y = inBody.getMinY() - viewHeight / 3;
            scroll.setVvalue(Math.max(0, Math.min(1, y / (contentHeight - viewHeight))));
        }
        target.requestFocus();
    }

    private String details(Article article) {
        List<String> parts = new ArrayList<>();
        article.metadata().published().ifPresent(d -> {
            String day = d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
            boolean approximate = article.metadata().datePrecision().filter(p -> !p.equals("day")).isPresent();
            parts.add(approximate ? messages.get("date.approximate", day) : day);
        });
        article.metadata().publisher().ifPresent(parts::add);
        article.metadata().author().ifPresent(parts::add);
        int names = reader.paragraphs().stream().mapToInt(p -> (int) p.stream()
                .filter(s -> s.mention().isPresent() && s.mention().get().span().start() == s.span().start())
                .count()).sum();
        parts.add(messages.get("reader.names", names));
        return String.join(" \u00b7 ", parts);
    }

    /** What the tints and the dashes mean, for a reader who meets them for the first time. */
    private FlowPane legend() {
        FlowPane legend = new FlowPane(6, 4);
        legend.getStyleClass().add("reader-legend");
        for (PlaceKind kind : List.of(PlaceKind.COUNTRY, PlaceKind.REGION, PlaceKind.CITY, PlaceKind.LANDMARK,
                PlaceKind.BASE, PlaceKind.PHYSICAL)) {
            Label chip = new Label(messages.get("kind." + kind.label()));
            chip.getStyleClass().addAll("mention", "legend-chip", "kind-" + kind.label());
            legend.getChildren().add(chip);
        }
        Label metonymic = new Label(messages.get("reader.metonymic"));
        metonymic.getStyleClass().addAll("mention", "legend-chip", "use-metonymic");
        metonymic.setTooltip(new Tooltip(messages.get("reader.metonymic.tip")));
        legend.getChildren().add(metonymic);
        return legend;
    }
}
