package org.articleatlas.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.articleatlas.model.Article;

/**
 * Keeps article ids unique among the articles open together. An id is the file name without its
 * extension, so two folders can each hold a {@code report.txt}; everything downstream (mentions,
 * places, the reader) finds an article by its id, so the second one becomes {@code report~2}.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /**
     * The {@code added} articles, renamed where their id is already taken by one of {@code taken}
     * or by an earlier added article from another file.
     */
    public static List<Article> distinct(Collection<Article> taken, List<Article> added) {
        Set<String> used = new HashSet<>();
        taken.forEach(a -> used.add(a.id()));
        List<Article> out = new ArrayList<>(added.size());
        for (Article article : added) {
            String id = article.id();
            for (int n = 2; used.contains(id); n++) {
                id = article.id() + "~" + n;
            }
            used.add(id);
            out.add(id.equals(article.id()) ? article : article.withId(id));
        }
        return out;
    }
}
