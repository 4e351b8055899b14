package org.articleatlas.ui.places;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.ui.app.Messages;

/**
 * Every sentence that names the selected place, the name in bold, grouped under each article's title
 * and date, each with « Read in article »; then the other places the name could have meant and why
 * they were not chosen.
 */
public final class ExcerptPanel extends VBox {

    private final Messages messages;
    private final PlacesViewModel places;
    private final Consumer<Mention> readInArticle;
    private final RunnerUpExplainer explainer;
    private final ReasonText reasons;
    private final Label heading = new Label();
    private final Label summary = new Label();
    private final VBox excerpts = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(excerpts);

    /** @param readInArticle opens the reader at a mention */
    public ExcerptPanel(Messages messages, PlacesViewModel places, Consumer<Mention> readInArticle) {
        super(6);
        this.messages = messages;
        this.places = places;
        this.readInArticle = readInArticle;
        this.explainer = new RunnerUpExplainer(messages);
        this.reasons = new ReasonText(messages);
        setId("excerptPanel");
        setPadding(new Insets(8));
        heading.getStyleClass().add("side-heading");
        heading.setWrapText(true);
        summary.getStyleClass().add("article-details");
        summary.setWrapText(true);
        excerpts.setPadding(new Insets(0, 8, 8, 0));
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, summary, scroll);
        places.focusProperty().addListener((obs, old, now) -> show(now));
        show(null);
    }

    /** Gives the keyboard to the excerpts, as Enter on the map does. */
    public void focusExcerpts() {
        excerpts.lookupAll(".read-in-article").stream().findFirst().ifPresentOrElse(n -> n.requestFocus(),
                scroll::requestFocus);
    }

    private void show(PlacesViewModel.Focus focus) {
        excerpts.getChildren().clear();
        if (focus == null) {
            heading.setText(messages.get("excerpts.none"));
            summary.setText("");
            return;
        }
        PlaceResult place = focus.place();
        heading.setText(messages.get("excerpts.heading", place.place().name(messages.language()),
                place.mentions().size()));
        summary.setText(messages.get("kind." + place.place().kind().label()) + " \u00b7 "
                + messages.get("excerpts.why", reasons.say(place.reason())));
        Map<String, List<Mention>> byArticle = new LinkedHashMap<>();
        for (Mention m : place.mentions()) {
            byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
        }
        byArticle.forEach((articleId, mentions) -> places.article(articleId).ifPresent(article -> {
            excerpts.getChildren().add(articleHeading(article));
            for (Mention m : mentions) {
                excerpts.getChildren().add(excerpt(article, m, focus.mention().filter(m::equals).isPresent()));
            }
        }));
        List<String> others = place.mentions().isEmpty() ? List.of()
                : explainer.explain(place, places.resolution(place.mentions().get(0)));
        if (!others.isEmpty()) {
            Label title = new Label(messages.get("runnerUp.heading", place.mentions().get(0).text()));
            title.getStyleClass().add("article-title");
            title.setWrapText(true);
            excerpts.getChildren().add(title);
            for (String line : others) {
                Label l = new Label("\u2022 " + line);
                l.getStyleClass().add("runner-up");
                l.setWrapText(true);
                excerpts.getChildren().add(l);
            }
        }
        scroll.setVvalue(0);
    }

    private VBox articleHeading(Article article) {
        Label title = new Label(article.title());
        title.getStyleClass().add("article-title");
        title.setWrapText(true);
        VBox box = new VBox(1, title);
        article.metadata().published().ifPresent(d -> {
            String day = d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
            boolean approximate = article.metadata().datePrecision().filter(p -> !p.equals("day")).isPresent();
            Label date = new Label(approximate ? messages.get("date.approximate", day) : day);
            date.getStyleClass().add("article-details");
            box.getChildren().add(date);
        });
        box.getStyleClass().add("excerpt-article");
        return box;
    }

    private VBox excerpt(Article article, Mention m, boolean focused) {
        String text = article.text();
        Text before = new Text(text.substring(m.sentence().start(), m.span().start()));
        Text name = new Text(text.substring(m.span().start(), m.span().end()));
        name.getStyleClass().add("excerpt-mention");
        Text after = new Text(text.substring(m.span().end(), Math.max(m.span().end(), m.sentence().end())));
        TextFlow flow = new TextFlow(before, name, after);
        flow.getStyleClass().add("excerpt");
        flow.setAccessibleText(text.substring(m.sentence().start(), m.sentence().end()));
        Hyperlink read = new Hyperlink(messages.get("excerpts.read"));
        read.getStyleClass().add("read-in-article");
        read.setOnAction(e -> readInArticle.accept(m));
        HBox foot = new HBox(6);
        foot.setAlignment(Pos.CENTER_RIGHT);
        if (m.use() == MentionUse.METONYMIC) {
            Label use = new Label(messages.get("excerpts.metonymic"));
            use.getStyleClass().add("article-details");
            use.setWrapText(true);
            foot.getChildren().add(use);
        }
        foot.getChildren().add(read);
        VBox box = new VBox(0, flow, foot);
        box.getStyleClass().add("excerpt-box");
        if (focused) {
            box.getStyleClass().add("focused-excerpt");
        }
        return box;
    }
}
