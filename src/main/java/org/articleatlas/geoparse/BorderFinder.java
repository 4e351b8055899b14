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

    /** « les pays voisins », "neighbouring states": the border word describes countries, whose are named before. */
    private static final Set<String> COUNTRY_NOUNS = Set.of("pays", "etats", "etat", "countries", "country", "states",
            "republiques", "nations");

    /** Most words of an article are passed over on their first letter. */
    private static final WordStarts BORDER_WORD_STARTS = new WordStarts(BORDER_WORDS);

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
        List<Token> tokens = folded.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            if (!BORDER_WORD_STARTS.mayStart(token) || !BORDER_WORDS.contains(token.text())) {
                continue;
            }
            TextSpan wordSpan = folded.originalSpan(token.begin(), token.end());
            Optional<TextSpan> sentence = article.sentenceAt(wordSpan.start());
            if (sentence.isEmpty()) {
                continue;
            }
            List<String> before = countriesIn(resolved, new TextSpan(sentence.get().start(), wordSpan.start()));
            List<String> after = countriesIn(resolved, new TextSpan(wordSpan.end(), sentence.get().end()));
            Mention mention = new Mention(article.id(), wordSpan, wordSpan.of(article.text()), sentence.get(),
                    MentionUse.LITERAL);
            Set<String> emitted = new LinkedHashSet<>();
            boolean neighbourCountries = t > 0 && COUNTRY_NOUNS.contains(tokens.get(t - 1).text());
            if (neighbourCountries && !before.isEmpty()) {
                // « d'Afghanistan vers les pays voisins »: the neighbours of the country named last.
                String owner = before.get(before.size() - 1);
                articleCountries.forEach(other -> emit(owner, other, mention, "« " + mention.text()
                        + " » of " + owner + ", and the article names " + other, emitted, out));
            } else if (!before.isEmpty() && !after.isEmpty()) {
                // « le Tadjikistan et le Kirghizistan sont limitrophes de la Chine »
                for (String a : before) {
                    for (String b : after) {
                        emit(a, b, mention, a + " and " + b + " on either side of « " + mention.text() + " »",
                                emitted, out);
                    }
                }
            } else {
                List<String> named = before.isEmpty() ? after : before;
                if (named.size() >= 2) {
                    for (int i = 0; i < named.size(); i++) {
                        for (int j = i + 1; j < named.size(); j++) {
                            emit(named.get(i), named.get(j), mention, "both named beside « " + mention.text() + " »",
                                    emitted, out);
                        }
                    }
                } else if (named.size() == 1) {
                    String owner = named.get(0);
                    articleCountries.forEach(other -> emit(owner, other, mention, "the sentence speaks of the borders of "
                            + owner + ", and the article names " + other, emitted, out));
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
