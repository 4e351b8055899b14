package org.articleatlas.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.articleatlas.gazetteer.NameFolder;

/**
 * Adjectives of nationality written beside a place's name, which say its country: « le Pendjab indien »,
 * « le Badakhchan afghan », "Indian Punjab", "Afghan Badakhshan". French puts the adjective after the
 * name, in lower case; English before it, capitalised.
 */
final class CountryAdjectives {

    private static final String RESOURCE = "country-adjectives.tsv";
    private static final CountryAdjectives DEFAULT = load();

    /**
     * An adjective found beside a name: the countries it says (one for « indien »; the four of the Caucasus for
     * « caucasien »), and the word as the text writes it.
     */
    record Qualifier(Set<String> countries, String word) {
    }

    /** Folded adjective to ISO codes. */
    private final Map<String, Set<String>> countries;

    private CountryAdjectives(Map<String, Set<String>> countries) {
        this.countries = countries;
    }

    static CountryAdjectives standard() {
        return DEFAULT;
    }

    /** The countries of a folded word, if it is one of the adjectives. */
    Optional<Set<String>> countriesOf(String foldedWord) {
        return Optional.ofNullable(countries.get(foldedWord));
    }

    /**
     * For each name with an adjective of nationality right beside it (one space between them, written in
     * the position and case its language gives it), that adjective, by where the name starts.
     */
    Map<Integer, Qualifier> qualifiers(FoldedArticle article, List<NameOccurrence> occurrences) {
        Map<Integer, Qualifier> out = new HashMap<>();
        String text = article.article().text();
        List<Token> tokens = article.tokens();
        for (NameOccurrence o : occurrences) {
            int after = article.tokenAt(o.foldedEnd());
            if (after < tokens.size()) {
                qualifier(article, text, tokens.get(after), o.span().end(), false).ifPresent(q -> out.put(o.span().start(), q));
            }
            int before = article.tokenAt(o.foldedBegin()) - 1;
            if (before >= 0 && !out.containsKey(o.span().start())) {
                qualifier(article, text, tokens.get(before), o.span().start(), true).ifPresent(q -> out.put(o.span().start(), q));
            }
        }
        return out;
    }

    private Optional<Qualifier> qualifier(FoldedArticle article, String text, Token word, int nameEdge, boolean before) {
        Set<String> country = countries.get(word.text());
        if (country == null) {
            return Optional.empty();
        }
        var span = article.originalSpan(word.begin(), word.end());
        boolean oneSpace = before ? span.end() + 1 == nameEdge && text.charAt(span.end()) == ' '
                : nameEdge + 1 == span.start() && text.charAt(nameEdge) == ' ';
        boolean capitalised = Character.isUpperCase(text.codePointAt(span.start()));
        // English "Indian Punjab", French « Pendjab indien »; « Pendjab Indien » or "Punjab indian" are not the pattern.
        if (!oneSpace || capitalised != before) {
            return Optional.empty();
        }
        return Optional.of(new Qualifier(country, span.of(text)));
    }

    private static CountryAdjectives load() {
        Map<String, Set<String>> countries = new HashMap<>();
        try (InputStream in = CountryAdjectives.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                Set<String> codes = Set.of(parts[0].split(","));
                for (String form : parts[1].split(",")) {
                    countries.put(NameFolder.fold(form.strip()), codes);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
        return new CountryAdjectives(Map.copyOf(countries));
    }
}
