/** Reads article files (plain text, Markdown, HTML) into {@link org.articleatlas.model.Article}s with sentence and paragraph boundaries. */
package org.articleatlas.corpus;
