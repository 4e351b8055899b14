package org.articleatlas.corpus;

/** Turns a decoded document into the text a reader sees. */
interface DocumentExtractor {

    ExtractedDocument extract(String decoded);
}
