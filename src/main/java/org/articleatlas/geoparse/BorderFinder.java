package org.articleatlas.geoparse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.geodata.Border;
import org.articleatlas.geodata.BorderIndex;
import org.articleatlas.model.Article;
import org.articleatlas.model.Mention;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.PlaceKind;
import org.articleatlas.model.TextSpan;

/**
 * The borders an article speaks of: a sentence with a border word (frontière, limitrophe,
 * voisin, border, neighbouring …) names the borders between the countries it names that are
 * neighbours; a sentence that names one country (« les pays voisins » of Afghanistan, « ses
 * frontières ») names that country's borders with the other countries of the article.
 */
final class BorderFinder {

    private static final Set<String> BORDER_WORDS = Set.of("frontiere", "frontieres", "frontalier", "frontaliere",
            "frontaliers", "frontalieres", "limitrophe", "limitrophes", "voisin", "voisins", "voisine", "voisines",
            "border", "borders", "bordering", "borderlands", "frontier", "frontiers", "neighbour", "neighbours",
            "neighbouring", "neighbor", "neighbors", "neighboring");

    private final BorderIndex borders;

    BorderFinder(BorderIndex borders) {
        this.borders = borders;
    }

    List<BorderMention> find(FoldedArticle folded, List<ResolvedMention> resolved) {
        Article article = folded.article();
        Set<String> articleCountries = new LinkedHashSet<>();
        resolved.stream().filter(r -> r.entry().place().kind() == PlaceKind.COUNTRY)
                .forEach(r -> r.entry().place().country().ifPresent(articleCountries::add));
        List<BorderMention> out = new ArrayList<>();
        for (Token token : folded.tokens()) {
            if (!BORDER_WORDS.contains(token.text())) {
                continue;
            }
            TextSpan wordSpan = folded.originalSpan(token.begin(), token.end());
            Optional<TextSpan> sentence = article.sentenceAt(wordSpan.start());
            if (sentence.isEmpty()) {
                continue;
            }
            List<String> inSentence = countriesIn(resolved, sentence.get());
            Mention mention = new Mention(article.id(), wordSpan, wordSpan.of(article.text()), sentence.get(),
                    MentionUse.LITERAL);
            Set<String> emitted = new LinkedHashSet<>();
            if (inSentence.size() >= 2) {
                for (int i = 0; i < inSentence.size(); i++) {
                    for (int j = i + 1; j < inSentence.size(); j++) {
                        emit(inSentence.get(i), inSentence.get(j), mention, "both countries are named beside « "
                                + mention.text() + " »", emitted, out);
                    }
                }
            }
            if (inSentence.size() == 1) {
                String country = inSentence.get(0);
                for (String other : articleCountries) {
                    emit(country, other, mention, "the sentence speaks of the borders of " + country
                            + ", and the article names " + other, emitted, out);
                }
            }
        }
        return out;
    }

    private void emit(String a, String b, Mention mention, String reason, Set<String> emitted, List<BorderMention> out) {
        if (a.equals(b)) {
            return;
        }
        borders.between(a, b).ifPresent(border -> {
            if (emitted.add(border.id())) {
                out.add(new BorderMention(border, mention, reason));
            }
        });
    }

    private static List<String> countriesIn(List<ResolvedMention> resolved, TextSpan sentence) {
        Set<String> codes = new LinkedHashSet<>();
        for (ResolvedMention r : resolved) {
            if (r.entry().place().kind() == PlaceKind.COUNTRY && sentence.covers(r.mention().span())) {
                r.entry().place().country().ifPresent(codes::add);
            }
        }
        return new ArrayList<>(codes);
    }

}
