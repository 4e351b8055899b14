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
 * Villages, resorts and sites of Russia and the South Caucasus below GeoNames' 1,000-people cut
 * (the h-recall8 data round): named as the press names them, they resolve within the scoring
 * distance of the point their source gives, and the new names that are also people's stay people.
 */
class RussiaCaucasusSmallPlacesTest {

    /** The distance within which a resolved mention counts as the right place (issue 4). */
    private static final double WITHIN_KM = 161;

    @TempDir
    Path dir;

    private List<ResolvedMention> parse(String text) throws Exception {
        return RealAtlas.places(dir, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sotk           | In Armenia, Azerbaijani shells hit Sotk, near Vardenis, in September 2022.  | 40.203 | 45.865
            Ushguli        | Les habitants d'Ouchgouli, en Svanétie, restent coupés du monde l'hiver.    | 42.918 | 43.016
            Yamburg        | Gazprom flew shift workers from Novy Urengoy to Yamburg, in Russia's Arctic. | 67.917 | 74.850
            Botlikh        | Les rebelles ont attaqué Botlikh, au Daghestan, en août 1999.                | 42.665 | 46.220
            Khasan         | Kim Jong Un's train crossed into Russia at Khasan, in Primorye.             | 42.428 | 130.646
            Dombay         | Les skieurs de Dombaï, en Karatchaïévo-Tcherkessie, attendent la neige.     | 43.290 | 41.624
            Sugovushan     | Azerbaijani troops entered Sugovushan, north-west of Tartar, on 3 October 2020. | 40.326 | 46.750
            New Athos      | Novy Afon, en Abkhazie, attire les pèlerins russes chaque été.              | 43.084 | 40.817
            Rosa Khutor    | The downhill was raced at Rosa Khutor, above Krasnaya Polyana.              | 43.646 | 40.332
            Karmadon Gorge | En 2002, le glacier Kolka a enseveli les gorges de Karmadon.                | 42.856 | 44.524
            Nabran         | Les touristes de Bakou remplissent les plages de Nabran, dans le nord de l'Azerbaïdjan. | 41.762 | 48.698
            """)
    void resolvesNearItsSourcePoint(String name, String text, double lat, double lon) throws Exception {
        List<ResolvedMention> found = parse(text);
        ResolvedMention mention = found.stream()
                .filter(m -> text.substring(m.mention().span().start(), m.mention().span().end()).length() > 0
                        && m.entry().place().point() != null
                        && Geodesy.sphericalKm(m.entry().place().point(), new GeoPoint(lat, lon)) <= WITHIN_KM
                        && !m.entry().id().startsWith("admin1:") && !m.entry().id().startsWith("country:"))
                .findFirst().orElse(null);
        assertThat(mention).as(name + " in " + found.stream().map(m -> m.entry().id()).toList()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Venetian historian named like a border village | Paolo Sarpi wrote a history of the Council of Trent.
            Chechen surgeon named like a border station     | Khasan Baiev, a Chechen surgeon, wrote a memoir.
            French spelling of the surgeon                 | Le chirurgien tchétchène Khassan Baïev a écrit ses mémoires.
            Hungarian leader named like a Dagestani village | Le Hongrois János Kadar a dirigé le pays.
            Armenian historian named like a border village  | L'historien Movses Khorenatsi a raconté les origines des Arméniens.
            """)
    void findsNoPlaceIn(String name, String text) throws Exception {
        assertThat(parse(text)).as(name).isEmpty();
    }
}
