package org.articleatlas.ui.app;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.articleatlas.model.Article;

/** One article in the side list: its title, then its language, date and length. */
final class ArticleCell extends ListCell<Article> {

    private final Messages messages;
    private final Label title = new Label();
    private final Label details = new Label();
    private final VBox box = new VBox(2, title, details);

    ArticleCell(Messages messages) {
        this.messages = messages;
        title.setWrapText(true);
        title.getStyleClass().add("article-title");
        details.getStyleClass().add("article-details");
        title.maxWidthProperty().bind(widthProperty().subtract(24));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Article article, boolean empty) {
        super.updateItem(article, empty);
        if (empty || article == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        title.setText(article.title());
        String language = messages.get("language." + article.language().code());
        int sentences = article.sentences().size();
        details.setText(article.metadata().published()
                .map(d -> messages.get("article.details.dated", language,
                        d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale())),
                        sentences))
                .orElseGet(() -> messages.get("article.details", language, sentences)));
        setText(null);
        setGraphic(box);
    }
}
