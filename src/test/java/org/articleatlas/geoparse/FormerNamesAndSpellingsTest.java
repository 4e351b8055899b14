package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.articleatlas.corpus.ArticleReader;
import org.articleatlas.model.Article;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Towns of Central Asia, the Caucasus, Russia and Xinjiang written under a former name or another
 * romanisation than the gazetteer's (geodata/gazetteer-name-variants.tsv, the letter rules of
 * gazetteer.build), and the people and words those spellings must not be taken for.
 */
class FormerNamesAndSpellingsTest {

    @TempDir
    Path dir;

    private List<String> ids(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("t" + Math.abs(text.hashCode()) + ".txt"), text, StandardCharsets.UTF_8);
        Article article = new ArticleReader().read(file);
        return RealAtlas.geoparser().parse(article).places().stream().map(r -> r.entry().id()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Soviet name of Balykchy      | The train from Bishkek still stops at Rybachye station on Lake Issyk-Kul. | geonames:1527004
            French Soviet name of Karakol | Le musée de Prjevalsk rappelle l'explorateur russe.                   | geonames:1528121
            Soviet name of Türkmenabat   | Cotton from Chardjou crossed the Amu Darya by barge.                   | geonames:1219649
            Soviet name of Balkanabat    | Les puits de Nebit-Dag ont fait la fortune du Turkménistan soviétique. | geonames:161616
            Soviet name of Istaravshan   | Ura-Tyube was the old name of the Tajik town on the road to Khujand.   | geonames:1220253
            Russian-era Kostanay         | Des céréales de Koustanaï partaient vers la Russie.                    | geonames:1519928
            French Khujand               | À Khodjand, sur le Syr-Daria, le marché est ouvert.                    | geonames:1514879
            Uyghur name of Qiemo         | The road to Cherchen crosses the southern edge of the Taklamakan.      | geonames:1280249
            Uyghur name of Ruoqiang      | Charklik lies east of Cherchen on the Xinjiang highway.                | geonames:1280122
            French Uyghur name of Yining | Les Ouïghours de Gouldja, au Xinjiang, ont manifesté en 1997.          | geonames:1529013
            French Slyudyanka            | Le train s'arrête à Sloudianka, au bord du Baïkal, en Russie.          | geonames:2016422
            Karakalpak town, French      | À Khodjeyli, près de Noukous, les récoltes ont souffert.               | geonames:601339
            Kyzylorda whole, not Orda    | The Kzyl-Orda region grows rice along the Syr Darya.                   | geonames:1519922
            -iysk in French              | Le port de Kaspiïsk, au Daghestan, a été visé.                         | geonames:551847
            -yurt kept with its y        | La police a bouclé Kizilyourt, au Daghestan.                           | geonames:547849
            initial Ye as E              | Elabuga, in Tatarstan, hosts a car plant.                              | geonames:468082
            Nizhniy written Nizhny       | Tanks are built in Nizhny Tagil, in the Urals.                         | geonames:520494
            Sunzha's former name         | Refugees from Chechnya camped at Sleptsovskaya in Ingushetia.          | geonames:515083
            """)
    void readsTheTownUnderItsOtherName(String name, String text, String expectedId) throws Exception {
        assertThat(ids(text)).as(name).contains(expectedId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Frunze the commander         | Frunze, the Bolshevik commander, died after surgery in 1925.
            Frunze in French             | La statue de Frounzé a été déboulonnée.
            Ustinov the marshal          | Marshal Dmitry Ustinov ran the Soviet defence ministry.
            Dzhokhar the first name      | Dzhokhar Tsarnaev was sentenced to death.
            the archangel                | Archangel Michael is painted above the door.
            Marx the philosopher         | Karl Marx wrote Das Kapital.
            Panfilov the general         | Panfilov's twenty-eight guardsmen are a Soviet legend.
            al-Biruni the scholar        | The scholar al-Biruni measured the earth's radius.
            Skobelev the general         | General Skobelev led the assault in 1881.
            a choir                      | Choir members sang in the cathedral.
            a Russian surname in -ov     | Efremov, the actor, was released on Tuesday.
            a Russian surname in -sky    | Raevsky commanded a corps against Napoleon.
            Dzhambul the poet            | Dzhambul Dzhabayev wrote songs about Stalin.
            a militant group             | The Turkistan Islamic Party claimed the attack.
            """)
    void findsNoTownIn(String name, String text) throws Exception {
        assertThat(ids(text)).as(name).isEmpty();
    }
}
