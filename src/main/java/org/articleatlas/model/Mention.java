package org.articleatlas.model;

/**
 * One place name in one article.
 *
 * @param articleId the article's id
 * @param span      where the name is in the article's text
 * @param text      exactly the article's text in {@code span}
 * @param sentence  the sentence around it
 */
public record Mention(String articleId, TextSpan span, String text, TextSpan sentence, MentionUse use) {
}
