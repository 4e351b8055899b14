package org.articleatlas.ui.app;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.time.format.FormatStyle;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
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
        // Before the list is laid out a cell is 0 px wide: a title wrapped to that would stand one letter
        // a line and push the other articles out of a short list.
        title.maxWidthProperty().bind(javafx.beans.binding.Bindings.max(160, widthProperty().subtract(24)));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Article article, boolean empty) {
        super.updateItem(article, empty);
        if (empty || article == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        title.setText(article.title());
        String language = messages.get("language." + article.language().code());
        int sentences = article.sentences().size();
        details.setText(article.metadata().published()
                .map(d -> messages.get("article.details.dated", language, dateOf(article), sentences))
                .orElseGet(() -> messages.get("article.details", language, sentences)));
        setTooltip(tooltipFor(article));
        setText(null);
        setGraphic(box);
    }

    /** Who wrote it and how its date is known: what a reader checks before trusting a source. */
    private static Tooltip tooltipFor(Article article) {
        List<String> lines = new ArrayList<>();
        article.metadata().author().ifPresent(lines::add);
        article.metadata().publisher().ifPresent(lines::add);
        lines.add(article.fileName());
        article.metadata().dateNote().ifPresent(lines::add);
        Tooltip tip = new Tooltip(String.join("\n", lines));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    /** « 18 December 2017 », or « about … » when the date was inferred rather than printed. */
    private String dateOf(Article article) {
        String date = article.metadata().published().orElseThrow()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()));
        boolean approximate = article.metadata().datePrecision().filter(p -> !p.equals("day")).isPresent();
        return approximate ? messages.get("date.approximate", date) : date;
    }
}
