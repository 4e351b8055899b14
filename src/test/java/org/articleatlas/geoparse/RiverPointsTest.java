package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.articleatlas.corpus.ArticleReader;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.model.GeoPoint;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Long rivers sit at their mouth, as GeoNames, Wikipedia and the independent annotators place
 * them; a valley named after a river is a place of its own, where the valley is.
 */
class RiverPointsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Amu Darya at the Aral delta  | Irrigation drains the Amu Darya before it reaches the Aral Sea, in Uzbekistan. | Amu Darya           | physical:amu-darya | 44.11 | 59.68
            Volga at the Caspian         | Tankers leave the Volga for the Caspian Sea in Russia.                        | Volga               | physical:volga     | 45.83 | 47.97
            Ili at Lake Balkhash         | In Kazakhstan, the Ili River feeds Lake Balkhash.                             | Ili River           | physical:ili-river | 45.70 | 74.20
            Logar at the Kabul River     | En Afghanistan, on s'inquiète pour l'eau de la rivière Logar, dans la province du Logar. | rivière Logar | physical:logar-river | 34.54 | 69.29
            Donets at the Don            | Ukrainian troops crossed the Seversky Donets near Izium, in Ukraine.          | Seversky Donets     | physical:seversky-donets | 47.60 | 40.90
            Donets in French             | Les ponts sur le Donets ont sauté près de Lyssytchansk, en Ukraine.          | Donets              | physical:seversky-donets | 47.60 | 40.90
            Moskva at the Oka            | Pleasure boats sail on the Moskva River past the Kremlin in Moscow.          | Moskva River        | physical:moskva-river | 55.08 | 38.85
            Danube at Sulina             | Le Danube a débordé à Vienne, en Autriche.                                   | Danube              | physical:danube    | 45.16 | 29.65
            Ili Valley at Yining         | En Chine, la vallée de l'Ili accueille des éleveurs kazakhs.                 | vallée de l'Ili     | physical:ili-valley | 43.98 | 81.52
            Seine at Le Havre (h-left3)  | Swimmers were allowed back into the Seine in Paris this summer.             | the Seine           | physical:seine     | 49.43 | 0.21
            Thames at its estuary        | La police a repêché un corps dans la Tamise, dans le centre de Londres.      | la Tamise           | physical:thames    | 51.50 | 0.58
            Vistula at Gdańsk Bay        | Water levels on the Vistula fell to a record low in Warsaw.                 | Vistula             | physical:vistula   | 54.33 | 18.84
            Oder at its lagoon           | Des poissons morts ont été retrouvés le long de l'Oder près de Francfort.   | l'Oder              | physical:oder      | 53.52 | 14.64
            Southern Bug at Mykolaiv     | Drones struck a bridge over the Southern Bug in Mykolaiv.                   | Southern Bug        | physical:southern-bug | 46.67 | 31.93
            Kalmius at Mariupol, French  | Les troupes russes ont franchi le Kalmious près de Marioupol.               | le Kalmious         | physical:kalmius   | 47.09 | 37.57
            Pripyat at the Kyiv reservoir | Radioactive silt has settled on the bed of the Pripyat River near Chernobyl. | Pripyat River     | physical:pripyat-river | 51.16 | 30.49
            Hudson at New York, French   | Un avion s'est posé sur l'Hudson, à côté de Manhattan.                      | l'Hudson            | physical:hudson-river | 40.70 | -74.03
            Yukon at the Bering Sea      | Salmon runs on the Yukon River collapsed this summer.                       | the Yukon River     | physical:yukon-river | 62.60 | -164.80
            Northern Dvina at Arkhangelsk | Ice on the Northern Dvina broke up early near Arkhangelsk.                 | Northern Dvina      | physical:northern-dvina | 64.53 | 40.48
            Kunduz at the Amu Darya (h-features) | Floods swept villages along the Kunduz River, in northern Afghanistan. | Kunduz River | physical:kunduz-river | 37.00 | 68.27
            Samur at the Caspian, French | Le Samour forme la frontière entre le Daghestan et l'Azerbaïdjan.           | Samour              | physical:samur-river | 41.91 | 48.48
            Seym at the Desna            | Ukrainian troops crossed the Seym River in Kursk region.                    | Seym River          | physical:seym-river | 51.46 | 32.56
            Psel at the Dnieper          | Shelling hit villages along the Psel River near Sumy.                       | Psel River          | physical:psel-river | 49.02 | 33.53
            Akhurian at the Aras, French | L'Akhourian marque la frontière entre l'Arménie et la Turquie.              | Akhourian           | physical:akhurian-river | 40.13 | 43.65
            Chenab at the Panjnad        | India plans new dams on the Chenab in Jammu.                                | Chenab              | physical:chenab-river | 29.35 | 71.03
            Gunt at Khorog, French       | Khorog se trouve au confluent du Gount et du Piandj.                        | Gount               | physical:gunt-river | 37.49 | 71.52
            Akhtuba at the delta, French | Les pastèques poussent entre la Volga et l'Akhtouba.                        | l'Akhtouba          | physical:akhtuba    | 46.72 | 48.00
            Sefid Rud at the Caspian     | The Sefidrud flows into the Caspian Sea near Rasht.                         | Sefidrud            | physical:sefid-rud  | 37.47 | 49.94
            """)
    void placesTheRiverOrValleyWhereGazetteersDo(String name, String text, String mention, String id, double lat,
            double lon) throws Exception {
        Path file = Files.writeString(dir.resolve("t" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
        ResolvedMention river = RealAtlas.geoparser().parse(new ArticleReader().read(file)).places().stream()
                .filter(r -> r.mention().text().equals(mention)).findFirst().orElseThrow();
        assertThat(river.entry().id()).isEqualTo(id);
        assertThat(Geodesy.distanceKm(river.entry().place().point(), new GeoPoint(lat, lon))).isLessThan(50);
    }
}
