package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second data round on Russia and the South Caucasus (h-recall11): towns and villages the
 * tables lacked or held under another spelling ("Volzhskiy" for the press's "Volzhsky"), named as
 * news names them, resolve within the scoring distance of their source point; the new names that
 * are also people's names, a band's name, a river's or a French word stay out.
 */
class RussiaCaucasusSecondPassTest {

    /** The distance within which a resolved mention counts as the right place (issue 4). */
    private static final double WITHIN_KM = 161;

    @TempDir
    Path dir;

    private List<ResolvedMention> parse(String text) throws Exception {
        return RealAtlas.places(dir, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sisian      | Sisian, in Syunik, lies on the road from Yerevan to the Iranian border.                 | 39.517 | 46.017
            Sissian     | Les habitants de Sissian, dans le Syunik, ont accueilli des réfugiés du Haut-Karabakh. | 39.517 | 46.017
            Khinalug    | UNESCO listed Khinalug, high above Quba, as a World Heritage site in 2023.             | 41.178 | 48.127
            Chatili     | Des réfugiés ont fui Chatili, en Géorgie, vers la Tchétchénie.                         | 42.659 | 45.158
            Voskepar    | Residents of Voskepar, in Tavush, blocked the road to protest the border deal.         | 41.065 | 45.058
            Supsa       | BP loaded its thousandth tanker at Supsa, on Georgia's Black Sea coast.                | 42.026 | 41.767
            Guzeripl    | Le village de Guzeripl, en Adyguée, accueille les randonneurs du Caucase.             | 43.996 | 40.135
            Port Kavkaz | A Ukrainian missile struck a ferry at Port Kavkaz on the Kerch Strait.                  | 45.342 | 36.676
            Tomtor      | Les températures de Tomtor, en Iakoutie, ont atteint -67,7 °C en 1933.                 | 63.265 | 143.213
            Volzhsky    | Residents of Volzhsky, near Volgograd, heard explosions overnight.                     | 48.786 | 44.780
            Vardzia     | Les moines de Vardzia, en Géorgie, gardent le monastère troglodytique.                 | 41.381 | 43.284
            Obluchye    | Residents of Obluchye, in the Jewish Autonomous Oblast, cleared snow.                   | 49.017 | 131.050
            Artik       | Kim's armoured train passed through Artik, in Armenia's Shirak province.                | 40.617 | 43.976
            """)
    void resolvesNearItsSourcePoint(String name, String text, double lat, double lon) throws Exception {
        List<ResolvedMention> found = parse(text);
        ResolvedMention mention = found.stream()
                .filter(m -> text.substring(m.mention().span().start(), m.mention().span().end()).equals(name)
                        && m.entry().place().point() != null
                        && Geodesy.sphericalKm(m.entry().place().point(), new GeoPoint(lat, lon)) <= WITHIN_KM)
                .findFirst().orElse(null);
        assertThat(mention).as(name + " in " + found.stream().map(m -> m.entry().id()).toList()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Armenian chess player named like a village    | Tatev Abrahamyan won the women's chess championship.
            French spelling of the chess player           | La joueuse d'échecs Tatev Abrahamyan a gagné le championnat.
            Band named like an Armenian town              | The duo Artik & Asti sang on Saturday.
            Norwegian painter named like an Arctic village | Gyda Enger was a Norwegian painter.
            Explorer whose name a Kolyma town bears       | Ivan Chersky, a Polish explorer, mapped the rivers.
            French word a village spelling equals         | Garni de frites, le steak était froid.
            Same word inside the sentence                 | Le steak garni de frites était froid.
            Person named like a North Ossetian village    | Sadon Ismailov signed the contract.
            River named like a Georgian village           | The Supsa river floods every spring.
            """)
    void findsNoPlaceIn(String name, String text) throws Exception {
        assertThat(parse(text)).as(name).isEmpty();
    }
}
