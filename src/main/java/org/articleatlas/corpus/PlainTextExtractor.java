package org.articleatlas.corpus;

import org.articleatlas.model.ArticleMetadata;

/** Plain text is its own readable text; only the line endings are made uniform. */
final class PlainTextExtractor implements DocumentExtractor {

    @Override
    public ExtractedDocument extract(String decoded) {
        return new ExtractedDocument(TextNormaliser.normalise(decoded), ArticleMetadata.empty());
    }
}
