package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A river's bare name after a word of water and an article is the river, not its namesake town. */
class RiverPhrasesTest {

    @TempDir
    Path dir;

    private List<ResolvedMention> parse(String text) throws Exception {
        return RealAtlas.places(dir, text);
    }

    private ResolvedMention mentionOf(String text, String name) throws Exception {
        return parse(text).stream().filter(r -> r.mention().text().equals(name)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dam on the river, French      | Au Kirghizistan, le gouvernement promet un nouveau barrage sur le Naryn. | Naryn  | physical:naryn-river
            down the river                | Barges loaded with timber sail down the Amur past Khabarovsk.            | Amur   | physical:amur
            river bank, elided article    | Au Kazakhstan, les pêcheurs attendent sur la rive de l'Ichim.            | Ichim  | physical:ishim
            floods along two rivers       | In Kazakhstan, floods along the Ishim and the Tobol forced thousands out. | Ishim  | physical:ishim
            a town takes no article       | Au Kirghizistan, elle vit à Naryn depuis dix ans.                        | Naryn  | geonames:1527592
            the name as an adjective      | In Kyrgyzstan, trucks broke down on the Naryn road.                     | Naryn  | geonames:1527592
            the article inside the name   | Au Kazakhstan, une digue a cédé sur l'Oural près d'Atyraou.              | l'Oural | physical:ural-river
            mountains take an article too | Les usines de Magnitogorsk, dans l'Oural, tournent au ralenti en Russie. | l'Oural | physical:ural-mountains
            French article before a town  | Au Kazakhstan, l'Ichim déborde chaque printemps près de Petropavl.       | Ichim  | physical:ishim
            no article, the town          | Au Kazakhstan, Ichim et Petropavl attendent les secours.                 | Ichim  | geonames:1505453
            a province takes an article   | En Afghanistan, les talibans contrôlent le Helmand depuis 2021.          | Helmand | admin1:AF-10
            called a river right after    | In Kazakhstan, the Ishim, a tributary of the Irtysh, rose overnight.    | Ishim  | physical:ishim
            """)
    void readsTheRiverOnlyWhenTheTextSaysSo(String name, String text, String mention, String expectedId) throws Exception {
        assertThat(mentionOf(text, mention).entry().id()).isEqualTo(expectedId);
    }

    @Test
    void theCityIsNotTakenForItsRiverWhenTheNameQualifiesANoun() throws Exception {
        assertThat(mentionOf("Washington kept up the pressure on the Kabul government in Afghanistan.", "Kabul")
                .entry().id()).isEqualTo("geonames:1138958");
    }

    @Test
    void theTownSetAsideStaysARunnerUpWithTheReason() throws Exception {
        ResolvedMention naryn = mentionOf("Au Kirghizistan, le gouvernement promet un nouveau barrage sur le Naryn.", "Naryn");
        assertThat(naryn.reason()).isEqualTo("river phrase « sur le Naryn »");
        assertThat(naryn.runnersUp()).anySatisfy(c -> {
            assertThat(c.place().id()).isEqualTo("geonames:1527592");
            assertThat(c.reason()).contains("names the river");
        });
    }
}
