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
            French Jermuk                | Les curistes reviennent à Djermouk, station thermale du sud de l'Arménie. | geonames:174884
            French Stepantsminda         | À Stephantsminda, au pied du Kazbek, les randonneurs affluent.         | geonames:614087
            French Denov                 | À Denaou, dans le sud de l'Ouzbékistan, le bazar a rouvert.            | geonames:1217474
            French Gijduvon              | Les potiers de Guijdouvan, près de Boukhara, exportent leurs plats.    | geonames:1513983
            French Khojavend district    | Les villages du district de Khodjavend, au Haut-Karabakh, se vident.   | admin1:AZ-65
            French Kazbegi               | La route militaire mène de Tbilissi à Kazbegui, en Géorgie.            | geonames:614087
            French Timashevsk            | À Timachiovsk, dans le kraï de Krasnodar, une usine a brûlé.           | geonames:482965
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
            Uzbek okina (U+02BB)         | Silk from Margʻilon and Qoʻqon, in Uzbekistan's Fergana valley, sells well.| geonames:1512979
            Uzbek Latin Fergana          | Farg'ona viloyatida, près de Farg'ona, les vergers ont gelé.           | geonames:1514019
            Uzbek Latin Bukhara          | Tourists filled the old town of Buxoro, in Uzbekistan, this spring.   | geonames:1217662
            Uzbek Latin Khiva            | Xiva's walls, in Uzbekistan, were restored.                            | geonames:1513604
            Karakalpak Nukus             | Protesters gathered in No'kis, the capital of Karakalpakstan.          | geonames:601294
            Kazakh Latin Karaganda       | Miners in Qarağandy, Kazakhstan, went on strike.                       | geonames:609655
            Kazakh Latin Shymkent        | La raffinerie de Şymkent, au Kazakhstan, a repris.                      | geonames:1518980
            Kazakh Latin Zhezkazgan      | Copper from Jezqazğan, in Kazakhstan, goes to China by rail.           | geonames:1516589
            Turkmen Ashgabat             | Aşgabat hosted the summit of Turkmenistan's neighbours.                | geonames:162183
            Turkmen Dashoguz 1992-1999   | In Dashhowuz, near the Uzbek border, water is short.                   | geonames:601734
            Azerbaijani Ganja            | Missiles struck Gəncə, Azerbaijan's second city.                       | geonames:586523
            Azerbaijani Nakhchivan       | Naxçıvan, an exclave of Azerbaijan, borders Turkey and Iran.           | geonames:147429
            Azerbaijani Mingachevir      | The dam at Mingəçevir feeds Azerbaijan's grid.                         | geonames:585514
            Afghan izafe apart           | Fighting reached Sar-i-Pol and Aqcha, in northern Afghanistan.         | geonames:1127110
            British-era Qalat            | The garrison at Kalat-i-Ghilzai held the road to Kandahar.             | geonames:1130131
            Iranian Torbat-e Jam         | Afghan refugees crossed near Torbat-i-Jam, in Iran.                    | geonames:1159362
            Nishapur                     | Omar Khayyam was born in Nishapur, in Iran's Khorasan.                 | geonames:122285
            French Qasr-e Shirin         | Les pèlerins passent par Qasr-i-Shirin, en Iran, près de l'Irak.       | geonames:119586
            D.I. Khan                    | Police in D.I. Khan, Pakistan, arrested two men.                       | geonames:1180281
            Zhob's British name          | Fort Sandeman guarded the Zhob valley in Baluchistan.                  | geonames:1162105
            Tibetan Kangding             | The road west from Dartsedo climbs into Kham, in Sichuan, China.       | geonames:1802171
            Pinyin Hutubi                | Cotton mills in Hutubi, Xinjiang, were named in the report.            | geonames:1529438
            Uliastai's old spelling      | Uliyasutai was the seat of the Qing governor of Mongolia.              | geonames:1515007
            -sky town of the air show    | The MAKS air show opened in Zhukovsky, near Moscow.                    | geonames:462755
            -sky town of the Urals       | The nuclear warhead plant of Trekhgorny, in Russia's Chelyabinsk region, is closed to visitors. | geonames:830844
            -ny town of the Amur         | The Power of Siberia gas plant is near Svobodny, in Russia's Amur region. | geonames:2015833
            Afghan province spelling     | Floods hit Daikundi province, in central Afghanistan.                  | admin1:AF-41
            Iranian province, hyphen     | Le Sistan-et-Baloutchistan, en Iran, borde le Pakistan.                | admin1:IR-04
            Pakistan's former NWFP       | Troops moved into the NWFP tribal belt of Pakistan.                    | admin1:PK-03
            Mongolian aimag, Gobi        | Herders in Gobi-Altai, Mongolia, lost their animals.                   | admin1:MN-10
            Russian -sky Krai            | Fires burned across Krasnoyarsky Krai, in Siberia.                     | admin1:RU-91
            Russian Kharkiv (h-exonyms)    | Missiles struck Kharkov overnight, Ukrainian officials said.          | geonames:706483
            French Zaporizhzhia (h-exonyms) | La centrale nucléaire de Zaporojie, en Ukraine, a perdu son alimentation. | geonames:687700
            Russian Luhansk (h-exonyms)    | Separatists in Lugansk, in eastern Ukraine, held a vote.               | geonames:702658
            Russian Kharkiv region (h-exonyms) | Shelling hit the Kharkov region overnight, Ukrainian officials said. | admin1:UA-07
            Russian Lviv (h-exonyms)       | Refugees arrived by train in Lvov, in western Ukraine.                 | geonames:702550
            Russian Kryvyi Rih (h-exonyms) | Steelworkers in Krivoy Rog, Ukraine, went back to work.                | geonames:703845
            Russian Mykolaiv (h-exonyms)   | The shipyard in Nikolayev, in southern Ukraine, was hit.               | geonames:700569
            Ukrainian Odesa (h-exonyms)    | Grain ships left Odesa, Ukraine, on Tuesday.                           | geonames:698740
            Russian Avdiivka (h-exonyms)   | Russian troops entered Avdeevka, near Donetsk, in Ukraine.             | geonames:713122
            Russian Kostiantynivka (h-exonyms) | Shelling hit Konstantinovka, near Kramatorsk in Ukraine.          | geonames:705104
            Russian Homyel (h-exonyms)     | Protesters gathered in Gomel, in Belarus.                              | geonames:627907
            French Babruysk (h-exonyms)    | L'usine de pneus de Bobrouïsk, en Biélorussie, tourne au ralenti.      | geonames:630468
            Russian Hrodna (h-exonyms)     | Polish trucks queued at Grodno, in Belarus, for days.                  | geonames:627904
            Russian Chisinau (h-exonyms)   | Talks were held in Kishinev, the capital of Moldova.                   | geonames:618426
            Russian Bender (h-exonyms)     | Russian peacekeepers patrol Bendery, in Moldova's Transnistria.        | geonames:618577
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
            Zhukovsky the poet           | The poet Vasily Zhukovsky translated the Odyssey.
            Zhukovsky the scientist      | Zhukovsky said the wing would hold.
            Chaikovsky the composer      | Chaikovsky wrote the music for the ballet.
            an Oktyabrsky district court | The Oktyabrsky district court sentenced him to two years.
            a Sovetsky district court    | The Sovetsky district court upheld the fine.
            Aybak the sultan             | Qutb ud-Din Aybak ruled from 1206 to 1210.
            TÜV the inspectors           | The TÜV inspectors certified the boiler.
            TUV in capitals              | The TUV report was published on Friday.
            Lvov the prince (h-exonyms)  | Prince Georgy Lvov headed the Provisional Government in 1917.
            Borisov the politician (h-exonyms) | Former prime minister Boyko Borisov said his party would win.
            Nikolayev the cosmonaut (h-exonyms) | The cosmonaut Andriyan Nikolayev flew in August 1962.
            Khmelnitski the hetman (h-exonyms) | L'hetman Bogdan Khmelnitski mena le soulèvement cosaque.
            Rogachev the footballer (h-exonyms) | Striker Dmitri Rogachev scored twice for the club.
            Orekhov the analyst (h-exonyms) | Analyst Ivan Orekhov said the rouble would fall.
            """)
    void findsNoTownIn(String name, String text) throws Exception {
        assertThat(ids(text)).as(name).isEmpty();
    }
}
