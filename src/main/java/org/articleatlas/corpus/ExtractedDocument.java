package org.articleatlas.corpus;

import org.articleatlas.model.ArticleMetadata;

/**
 * The readable text of a document and what the document itself says about it.
 *
 * @param text     the text a reader sees, line feeds only
 * @param embedded metadata found inside the document (an HTML head, a Markdown heading)
 */
record ExtractedDocument(String text, ArticleMetadata embedded) {
}
