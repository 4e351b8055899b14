package org.articleatlas.geoparse;

import java.util.List;
import org.articleatlas.model.Article;

/** What one article names: its places, in text order, and the borders it speaks of. */
public record ArticleGeoparse(Article article, List<ResolvedMention> places, List<BorderMention> borders) {

    public ArticleGeoparse {
        places = List.copyOf(places);
        borders = List.copyOf(borders);
    }
}
