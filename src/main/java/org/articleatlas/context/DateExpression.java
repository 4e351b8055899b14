package org.articleatlas.context;

import java.time.LocalDate;
import org.articleatlas.model.TextSpan;

/**
 * A date or a period written in a text, resolved to the days it covers.
 *
 * @param start first day covered
 * @param end   last day covered (the same as {@code start} for a day)
 * @param basis how the date was completed: {@code explicit} when the text gives it whole,
 *              {@code year from the text before} when a year-less date takes the year the text
 *              was speaking of, {@code relative to the article's date} for « dimanche », « en août »
 */
public record DateExpression(TextSpan span, String text, LocalDate start, LocalDate end, DatePrecision precision,
        String basis) {

    public static final String EXPLICIT = "explicit";
    public static final String FROM_TEXT = "year from the text before";
    public static final String FROM_ARTICLE_DATE = "relative to the article's date";
}
