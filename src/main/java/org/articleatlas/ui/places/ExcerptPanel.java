package org.articleatlas.ui.places;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.model.Article;
import org.articleatlas.model.Mention;
import org.articleatlas.ui.app.Messages;

/** Every sentence that names the selected place, the name in bold, under its article's title. */
public final class ExcerptPanel extends VBox {

    private final Messages messages;
    private final PlacesViewModel places;
    private final Label heading = new Label();
    private final VBox excerpts = new VBox(8);

    public ExcerptPanel(Messages messages, PlacesViewModel places) {
        super(6);
        this.messages = messages;
        this.places = places;
        setId("excerptPanel");
        setPadding(new Insets(8));
        heading.getStyleClass().add("side-heading");
        heading.setWrapText(true);
        ScrollPane scroll = new ScrollPane(excerpts);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(heading, scroll);
        places.selectedProperty().addListener((obs, old, now) -> show(now));
        show(null);
    }

    private void show(PlaceResult place) {
        excerpts.getChildren().clear();
        if (place == null) {
            heading.setText(messages.get("excerpts.none"));
            return;
        }
        heading.setText(messages.get("excerpts.heading", place.place().name(messages.language()),
                place.mentions().size()));
        String lastArticle = null;
        for (Mention m : place.mentions()) {
            Article article = places.article(m.articleId()).orElse(null);
            if (article == null) {
                continue;
            }
            if (!article.id().equals(lastArticle)) {
                Label title = new Label(article.title());
                title.getStyleClass().add("article-title");
                title.setWrapText(true);
                excerpts.getChildren().add(title);
                lastArticle = article.id();
            }
            excerpts.getChildren().add(excerpt(article, m));
        }
    }

    private static TextFlow excerpt(Article article, Mention m) {
        String text = article.text();
        Text before = new Text(text.substring(m.sentence().start(), m.span().start()));
        Text name = new Text(text.substring(m.span().start(), m.span().end()));
        name.getStyleClass().add("excerpt-mention");
        name.setStyle("-fx-font-weight: bold;");
        Text after = new Text(text.substring(m.span().end(), Math.max(m.span().end(), m.sentence().end())));
        TextFlow flow = new TextFlow(before, name, after);
        flow.getStyleClass().add("excerpt");
        flow.setAccessibleText(text.substring(m.sentence().start(), m.sentence().end()));
        return flow;
    }
}
