package org.articleatlas.ui.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.articleatlas.corpus.ArticleReader;
import org.articleatlas.geodata.LayerLoader;
import org.articleatlas.geoparse.ArticleGeoparse;
import org.articleatlas.geoparse.GeoparseOptions;
import org.articleatlas.geoparse.Geoparser;
import org.articleatlas.geoparse.GeoparserLoader;
import org.articleatlas.geoparse.ResolvedMention;
import org.articleatlas.model.Candidate;
import org.articleatlas.ui.app.Messages;
import org.junit.jupiter.api.Test;

class ReasonTextTest {

    private static final ReasonText FRENCH = new ReasonText(Messages.forLocale(Locale.FRENCH));
    private static final ReasonText ENGLISH = new ReasonText(Messages.forLocale(Locale.ENGLISH));

    @Test
    void saysEachPhraseOfAReasonInFrenchWithFrenchNumbers() {
        assertThat(FRENCH.say("a town of 1,234,567 people; a capital; its country is named in the article"))
                .matches("une ville de 1.234.567 habitants\u00a0; une capitale\u00a0; son pays est nommé dans l’article");
        assertThat(FRENCH.say("its state, Texas, is named right after it; 12 km from another place of the article"))
                .isEqualTo("son État, Texas, est nommé juste après\u00a0; à 12 km d’un autre lieu de l’article");
        assertThat(FRENCH.say("a village of 37 people that articles name, counted as 1,000; a capital"))
                .matches("un village de 37 habitants que les articles nomment, compté pour 1.000\u00a0; une capitale");
    }

    @Test
    void keepsAPhraseThatHoldsTheSeparatorWhole() {
        assertThat(FRENCH.say("a country; a country named like its capital; the capital would be called « … City » "
                + "or « ville de … »")).isEqualTo("un pays\u00a0; un pays qui porte le nom de sa capitale\u00a0; la capitale "
                + "serait dite « … City » ou « ville de … »");
    }

    @Test
    void saysWhyARiverPhraseSetTheNamesakeRegionAside() {
        // The reason the geoparser gives a region set aside by « confluence of the Amur » and the like.
        assertThat(FRENCH.say("not chosen: the state Amur Oblast (RU), 925 km away, is what the name alone would mean; "
                + "the river phrase « confluence of the Amur » names the river"))
                .startsWith("région Amur Oblast (RU), à 925 km, est ce que le nom seul désignerait")
                .endsWith("les mots « confluence of the Amur » désignent la rivière");
    }

    @Test
    void saysTheTeachersCorrectionsAndTheGeoparsersChoiceInside() {
        assertThat(FRENCH.say("the geoparser's choice (a capital; a town of 500 people), corrected by the teacher"))
                .isEqualTo("le choix du géoparseur (une capitale\u00a0; une ville de 500 habitants), corrigé par l’enseignant");
        assertThat(FRENCH.say("a capital; marker moved by the teacher in the project"))
                .isEqualTo("une capitale\u00a0; marqueur déplacé par l’enseignant dans le projet");
    }

    @Test
    void englishIsTheGeoparsersOwnWording() {
        String reason = "a town of 1,234,567 people; a regional capital; its state, Idaho, is named in the same sentence";
        assertThat(ENGLISH.say(reason)).isEqualTo(reason);
    }

    @Test
    void aPhraseItDoesNotKnowIsShownAsWrittenNotDropped() {
        assertThat(FRENCH.say("a capital; some new rule")).isEqualTo("une capitale\u00a0; some new rule");
        assertThat(ReasonText.knowsEveryPhraseOf("a capital; some new rule")).isFalse();
    }

    /**
     * Every reason the geoparser gives on the project's test passages, for the places it chose and
     * the readings it set aside, is one the French interface can say: a new rule with a new
     * phrase fails here until the bundles have it.
     */
    @Test
    void knowsEveryReasonTheGeoparserGivesOnTheTestPassages() throws Exception {
        Path geodata = Path.of("geodata");
        Geoparser geoparser = GeoparserLoader.load(geodata, new LayerLoader().open(List.of(geodata)),
                GeoparseOptions.defaults());
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.list(Path.of("seeds")),
                Files.walk(Path.of("src/test/resources/org/articleatlas/geoparse")))) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        TreeSet<String> unknown = new TreeSet<>();
        int reasons = 0;
        for (Path file : files) {
            ArticleGeoparse parse = geoparser.parse(new ArticleReader().read(file));
            for (ResolvedMention m : parse.places()) {
                for (String reason : Stream.concat(Stream.of(m.reason()), m.runnersUp().stream().map(Candidate::reason))
                        .toList()) {
                    reasons++;
                    if (!ReasonText.knowsEveryPhraseOf(reason)) {
                        unknown.add(reason);
                    }
                }
            }
        }
        assertThat(reasons).isGreaterThan(1000);
        assertThat(unknown).isEmpty();
    }
}
