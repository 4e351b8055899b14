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
 * (the h-recall8, h-recall11 and h-towns3 rounds: border villages of Kursk and Belgorod oblasts, English
 * -y/-sky spellings of towns GeoNames spells -iy/-yy; the h-caucasus round: the South Caucasus's border and
 * 2008-war villages, bases, airports, monasteries and caves; h-russia: Svalbard's Russian and Norwegian settlements,
 * Arctic islands, capes and stations, disaster and camp sites; h-ru3: Russia's rivers, capes, lakes, volcanoes, test
 * ranges and fields, and district seats the cities table spells -skiy/-nyy): named as the press names them, they resolve within
 * the scoring distance of the point their source gives, and the new names that are also people's stay people.
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
            Tserovani      | Georgia's prime minister visited displaced families in Tserovani on Monday.        | 41.878 | 44.681
            Tserovani FR   | En Géorgie, les déplacés de Tserovani se plaignent du prix du gaz.          | 41.878 | 44.681
            Novy Port      | Tankers loaded Yamal crude near Novy Port, on the Gulf of Ob.              | 67.692 | 72.896
            Kazreti        | Miners of the Madneuli pit in Kazreti, Georgia, went on strike.            | 41.378 | 44.413
            Kazreti FR     | À Kazreti, en Géorgie, les mineurs réclament des hausses de salaire.       | 41.378 | 44.413
            Kupol          | Kinross flew gold from the Kupol mine, in Chukotka, to Magadan.            | 66.783 | 169.550
            Kovykta        | Gazprom launched the Kovykta field, in the Irkutsk region, in 2022.        | 55.384 | 106.123
            Prirazlomnaïa  | Des militants ont escaladé la plateforme Prirazlomnaïa, en mer de Petchora. | 69.473 | 56.634
            Teghout        | Les écologistes arméniens dénoncent la mine de Teghout, dans la province de Lori. | 41.088 | 44.846
            ACG            | BP pumped less oil from Azeri-Chirag-Gunashli, off Baku, last year.        | 40.220 | 51.098
            Elga           | Coal trains left the Elga mine, in southern Yakutia, for Vanino.           | 56.192 | 130.636
            Ozyorsk        | Workers at Ozyorsk, beside the Mayak plant in the Chelyabinsk region, were evacuated. | 55.756 | 60.703
            Polyarnye Zori | The Kola nuclear plant at Polyarnye Zori, in the Murmansk region, cut output. | 67.366 | 32.498
            Mys Kamenny    | Oil reaches the Arctic Gate terminal off Mys Kamenny, on the Yamal peninsula. | 68.460 | 73.590
            Charentsavan (h-towns1) | Workers at the Charentsavan machine plant, in Armenia, went on strike. | 40.410 | 44.643
            Tcharentsavan  | À Tcharentsavan, en Arménie, l'usine de chariots élévateurs a fermé.        | 40.410 | 44.643
            Kareli         | Floods damaged houses in Kareli, in Georgia's Shida Kartli region.          | 42.024 | 43.901
            Znaour         | Les autorités de Znaour, en Géorgie, ont fermé l'école.                     | 42.194 | 43.772
            Lahij          | Coppersmiths in Lahij, in Azerbaijan's Ismayilli district, sell pots to tourists. | 40.849 | 48.384
            Elkhotovo      | A bus overturned near Elkhotovo, in North Ossetia, on Monday.              | 43.333 | 44.200
            Grachyovka     | Firefighters put out a fire in Grachyovka, in southern Russia.             | 45.200 | 42.406
            Plievo         | Police searched houses in Plievo, in Ingushetia, at dawn.                  | 43.284 | 44.839
            Leselidze      | Tourists filled the beaches of Leselidze, in Abkhazia, in July.            | 43.383 | 40.017
            Nikozi         | Russian troops moved the fence near Nikozi, in Georgia.                    | 42.197 | 43.958
            Goulripch      | Le sanatorium de Goulripch, en Abkhazie, a rouvert ses portes.              | 42.930 | 41.102
            Tsandrypsh     | Armenians of Tsandrypsh, in Abkhazia, voted on Sunday.                      | 43.367 | 40.083
            Khakurinokhabl | Farmers in Khakurinokhabl, in Adygea, lost their harvest to hail.           | 45.017 | 40.233
            Tulsky         | A gas pipe burst in Tulsky, in Adygea, on Friday.                          | 44.525 | 40.175
            Solnechnodolsk | The power station at Solnechnodolsk, in southern Russia, tripped on Monday.| 45.308 | 41.511
            Leningor       | Georgians from Leningor, in Georgia, crossed the line on Monday.           | 42.126 | 44.483
            Shkhara, French (h-exonyms) | Une cordée géorgienne a gravi le Chkhara, au-dessus d'Ouchgouli.          | 43.000 | 43.113
            Dykh-Tau (h-exonyms)        | Climbers were rescued from Dykh-Tau, in Kabardino-Balkaria, on Sunday.     | 43.051 | 43.133
            Tetnuldi (h-exonyms)        | The ski lifts of Tetnuldi, near Mestia, opened in December.                | 43.031 | 42.993
            Tebulosmta (h-exonyms)      | Tebulosmta, the highest peak of Chechnya, lies on the Georgian border.     | 42.573 | 45.312
            Mount Kapaz (h-exonyms)     | Hikers climbed Mount Kapaz, above Lake Goygol, in Azerbaijan.              | 40.301 | 46.263
            Mount Aragats (h-exonyms)   | Snow still covered Mount Aragats, north-west of Yerevan, in June.          | 40.533 | 44.200
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
            Armenian chess player named like a village    | Tatev Abrahamyan won the women's chess championship.
            French spelling of the chess player           | La joueuse d'échecs Tatev Abrahamyan a gagné le championnat.
            Band named like an Armenian town              | The duo Artik & Asti sang on Saturday.
            Norwegian painter named like an Arctic village | Gyda Enger was a Norwegian painter.
            Explorer whose name a Kolyma town bears       | Ivan Chersky, a Polish explorer, mapped the rivers.
            French word a village spelling equals         | Garni de frites, le steak était froid.
            Same word inside the sentence                 | Le steak garni de frites était froid.
            Person named like a North Ossetian village    | Sadon Ismailov signed the contract.
            River named like a Georgian village           | The Supsa river floods every spring.
            People named like a Karabakh village          | The Talysh speak an Iranian language.
            Azerbaijani leader a Baku district is named after | Nariman Narimanov wrote plays before the revolution.
            The ballet company, not its theatre           | Bolshoi dancers went on strike, and the Bolshoi cancelled its tour.
            The president the Baku centre is named after  | Heydar Aliyev's son succeeded him as president.
            Chocolate brand named like Russian towns      | Krasny Oktyabr chocolates sold well this winter.
            Hockey goalkeeper with a town-shaped surname  | Sergei Bobrovsky made thirty saves on Tuesday.
            Rocket pioneer a town in Amur is named after  | Konstantin Tsiolkovsky dreamed of space travel.
            Tunic named like a South Ossetian village (h-caucasus) | She wore a white Kurta to the wedding, and it sold out within days.
            Commander a Syunik village is named after     | David Bek led the Armenian revolt against the Persians in the 1720s.
            Newspaper named like an Arctic island (h-russia) | The newspaper Moskovsky Komsomolets ran the story on Monday.
            Submarine named like an Arctic island         | The submarine Komsomolets sank with its crew in 1989.
            Politician named like an Arctic island        | Naftali Bennett said the island nation would host the summit.
            Diplomat named like a Franz Josef Land island | Heiss, a German diplomat, retired last year.
            Quality method named like a Javakheti village (h-ge2) | Poka-yoke devices stop mistakes on the assembly line.
            Japanese police box named like an Ossetian village (h-ru2) | Tourists asked the officers at the koban for directions.
            French text on the Japanese police box        | Le koban, petit poste de police japonais, reste un symbole.
            English village named like a Kursk village    | The footballer grew up in Lower Gornal and never left.
            French preposition a Lachin village spelling equals (h-geaz3) | Sous la pression des manifestants, le gouvernement a cédé.
            French interjection spelled like a Lachin village | Sus aux fraudeurs, a lancé le ministre.
            Ski brand named like Aghdam's Armenian name       | The Akna skis sold out this winter.
            Surname named like a Karabakh range's Armenian name | Mr Mrav said nothing to the reporters.
            Writer whose surname a Yakutian settlement bears (h-ru3) | The writer Nikolai Chernyshevsky wrote What Is to Be Done?
            Admiral a Kuril volcano is named after        | Admiral Gavril Sarychev mapped the northern coasts.
            """)
    void findsNoPlaceIn(String name, String text) throws Exception {
        assertThat(parse(text)).as(name).isEmpty();
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
            Talish      | Azerbaijani troops briefly took Talish, in Azerbaijan's Tartar district, in April 2016. | 40.381 | 46.741
            Sadakhlo    | Les camions arméniens attendent à Sadakhlo, en Géorgie, avant la frontière.            | 41.240 | 44.789
            Butyrka     | Sergei Magnitsky died in Butyrka, Moscow's largest remand prison, in 2009.              | 55.784 | 37.590
            Shaykovka   | Drones struck Shaykovka, in Russia's Kaluga region, where Tu-22M3 bombers are based.    | 54.227 | 34.372
            Diaguilevo  | Des drones ont visé Diaguilevo, près de Riazan, en Russie.                              | 54.642 | 39.572
            Belbek      | Missiles hit Belbek, north of Sevastopol, in Crimea.                                    | 44.683 | 33.583
            Rybachiy    | Nuclear submarines returned to Rybachiy, in Kamchatka, on Friday.                       | 52.931 | 158.405
            Psou crossing | Tourists queued for hours at the Psou crossing between Russia and Abkhazia.          | 43.386 | 40.010
            Bolotnaya Square | Tens of thousands rallied on Bolotnaya Square in Moscow in December 2011.          | 55.745 | 37.618
            place du Manège  | Des supporters ont affronté la police place du Manège, à Moscou, en 2010.          | 55.756 | 37.615
            Smolenskaya Square | Protesters left flowers outside the ministry on Smolenskaya Square, in Moscow.   | 55.748 | 37.582
            cathédrale du Christ-Sauveur | À Moscou, les Pussy Riot ont chanté dans la cathédrale du Christ-Sauveur en 2012. | 55.744 | 37.606
            Bolshoi Theatre  | The Bolshoi Theatre in Moscow reopened after six years of repairs.                 | 55.760 | 37.619
            forteresse Pierre-et-Paul | À Saint-Pétersbourg, les Romanov reposent dans la forteresse Pierre-et-Paul depuis 1998. | 59.950 | 30.316
            Kentron     | Police detained protesters in Kentron, Yerevan's central district.                     | 40.178 | 44.513
            Erebuni     | Un entrepôt a explosé dans le district d'Erebuni, au sud d'Erevan.                     | 40.140 | 44.528
            Matenadaran | Le Matenadaran, à Erevan, conserve 23 000 manuscrits.                                  | 40.192 | 44.521
            Samgori     | Families in Samgori, on the eastern edge of Tbilisi, lost power on Sunday.             | 41.703 | 44.940
            Narimanov district | Floods reached houses in the Narimanov district of Baku.                        | 40.417 | 49.883
            Shengavit   | Police cordoned off a street in Shengavit, in southern Yerevan.                        | 40.140 | 44.484
            Khatai district | A fire destroyed a market in the Khatai district of Baku.                          | 40.383 | 49.867
            Novo-Ogaryovo | Putin received the Austrian chancellor at Novo-Ogaryovo on Monday.                | 55.732 | 37.197
            Bocharov Ruchey | Erdogan and Putin met at Bocharov Ruchey for four hours.                         | 43.617 | 39.703
            prison de Boutyrka | Le juriste Sergueï Magnitski est mort à la prison de Boutyrka en 2009.          | 55.784 | 37.590
            Matrosskaya Tishina | Navalny was moved to Matrosskaya Tishina after his arrest.                    | 55.792 | 37.697
            Heydar Aliyev Center | A Zaha Hadid retrospective opened at the Heydar Aliyev Center.             | 40.395 | 49.867
            Tyotkino    | Ukrainian drones struck Tyotkino, in Russia's Kursk region, near the border.            | 51.273 | 34.303
            Tiotkino    | Des obus sont tombés sur Tiotkino, dans la région de Koursk, en Russie.                | 51.273 | 34.303
            Qabala      | Russia gave up its radar station at Qabala, in Azerbaijan, in 2012.                     | 40.982 | 47.849
            Chabran     | La route de Bakou à Chabran, en Azerbaïdjan, a été coupée par les crues.               | 41.201 | 48.987
            Koidula     | Queues grew in Koidula, Estonia, after the Narva crossing closed.                      | 57.838 | 27.594
            Medininkai  | Lithuania shut the Medininkai crossing, east of Vilnius, to Belarusian trucks.         | 54.539 | 25.650
            Rukla       | Des soldats français sont stationnés à Rukla, en Lituanie, avec les Allemands.         | 55.050 | 24.383
            Jasionka    | The US president landed at Jasionka, in Poland, on his way to Kyiv.                    | 50.110 | 22.019
            Maiden Tower | Tourists queued at the Maiden Tower, the symbol of the old city, on Sunday.       | 40.366 | 49.837
            tour de la Vierge | Les touristes font la queue devant la tour de la Vierge, dans la vieille ville. | 40.366 | 49.837
            palais des Chirvanchahs | L'exposition s'est ouverte au palais des Chirvanchahs, dans la vieille ville. | 40.366 | 49.833
            Narikala    | Fireworks were fired from Narikala above the sulphur baths on New Year's Eve.         | 41.688 | 44.809
            Luzhniki Stadium | The 2018 World Cup final was played at the Luzhniki Stadium.                      | 55.716 | 37.554
            stade Loujniki | La finale s'est jouée au stade Loujniki devant 78 000 spectateurs.                  | 55.716 | 37.554
            Ostankino Tower | A fire broke out in the Ostankino Tower in August 2000.                           | 55.820 | 37.612
            Tsarskoye Selo | The tsar's family was held at Tsarskoye Selo, south of Saint Petersburg, in 1917. | 59.714 | 30.396
            Martynovka  | Ukrainian troops entered Martynovka, north-east of Sudzha, in August 2024.            | 51.239 | 35.366
            Malaïa Loknia | Les forces russes ont repris Malaïa Loknia, dans la région de Koursk, en mars 2025.  | 51.333 | 35.228
            Plekhovo    | Fighting went on around Plekhovo, in Russia's Kursk region, on Tuesday.              | 51.100 | 35.330
            Lioubimovka | Des soldats ukrainiens sont entrés à Lioubimovka, dans la région de Koursk.            | 51.312 | 35.043
            Bolshoye Soldatskoye | Evacuation buses left Bolshoye Soldatskoye, in the Kursk region, on Wednesday. | 51.333 | 35.508
            Snagost     | Russian marines pushed towards Snagost, west of Sudzha, in September.                  | 51.315 | 34.893
            Kozinka     | Shells hit Kozinka, in the Belgorod region, a kilometre from the border.               | 50.461 | 35.603
            Gora-Podol  | Les habitants de Gora-Podol, près de Graïvoron, ont été évacués.                       | 50.474 | 35.646
            Lgov        | A drone hit a substation in Lgov, in the Kursk region, overnight.                      | 51.631 | 35.278
            Beloyarsky  | Gas workers in Beloyarsky, in the Khanty-Mansi region, went on strike.                 | 63.712 | 66.672
            Pogranichny | Lorries crossed into China at Pogranichny, in Primorye, on Monday.                     | 44.410 | 131.378
            Verkhny Ufaley | The nickel plant in Verkhny Ufaley, in the Chelyabinsk region, stopped work.        | 56.056 | 60.240
            Krasny Sulin | Ukrainian drones hit an oil depot near Krasny Sulin, in the Rostov region.            | 47.892 | 40.070
            Kalatch-sur-le-Don | Les chars soviétiques se sont rejoints à Kalatch-sur-le-Don, dans la région de Volgograd, en 1942. | 48.691 | 43.526
            Cheregech   | Les skieurs affluent à Cheregech, dans la région de Kemerovo, en Russie.                | 52.921 | 87.987
            Jouravlevka | Des obus sont tombés sur Jouravlevka, dans la région de Belgorod, près de la frontière. | 50.313 | 36.322
            Isilkul     | Grain trains wait at Isilkul, in Russia's Omsk region, before the Kazakh border.       | 54.900 | 71.267
            Potma       | Les détenues ont été transférées par Potma, en Mordovie, vers leur colonie.            | 54.119 | 42.908
            Noravank    | Pilgrims walked up the Amaghu gorge to Noravank, near Yeghegnadzor, on Sunday.         | 39.684 | 45.233
            Sanahin     | Les moines de Sanahin, près d'Alaverdi, en Arménie, ont restauré la bibliothèque.      | 41.087 | 44.666
            Karahunj    | Astronomers and tourists gathered at Karahunj, near Sisian, for the solstice.          | 39.551 | 46.029
            Khor Virap  | À Khor Virap, face à l'Ararat, les pèlerins descendent dans la fosse de saint Grégoire. | 39.874 | 44.599
            Gelati      | Restorers finished the roof of Gelati, near Kutaisi, in Georgia, in 2023.              | 42.295 | 42.768
            églises de Kiji | Les églises de Kiji, sur le lac Onega, attirent les visiteurs en été.          | 62.067 | 35.225
            cimetière de Novodevitchi | Gorbatchev a été inhumé au cimetière de Novodevitchi, à Moscou, en 2022. | 55.726 | 37.556
            Ossetia     | Russian troops crossed into Georgia through the Roki tunnel from Ossetia in 2008.       | 43.298 | 44.371
            Dadivank    | Russian peacekeepers guarded Dadivank, in Kalbajar, after the 2020 war.                | 40.161 | 46.288
            cathédrale Ghazantchetsots | À Choucha, la cathédrale Ghazantchetsots a été touchée par deux frappes en 2020. | 39.759 | 46.748
            Vagharchapat | Le catholicos a célébré la messe à Vagharchapat, à l'ouest d'Erevan.                 | 40.166 | 44.295
            Mémorial du génocide arménien | Le 24 avril, la foule monte au Mémorial du génocide arménien, à Erevan. | 40.186 | 44.490
            Solovetski  | Les détenus du goulag de Solovetski, sur la mer Blanche, ont été réhabilités.          | 65.080 | 35.670
            Klukhor Pass | Hikers crossed the Klukhor Pass from Teberda into Abkhazia, guides said.              | 43.244 | 41.867
            col de Goderdzi | La station du col de Goderdzi, en Adjarie, a ouvert un nouveau télésiège.         | 41.630 | 42.503
            Liakhvi     | Georgian villages along the Liakhvi were burned in 2008.                               | 41.973 | 44.108
            l'Aragvi    | Le rafting sur l'Aragvi attire les touristes au nord de Tbilissi.                      | 41.840 | 44.726
            Mount Narodnaya | Climbers reached the summit of Mount Narodnaya in the Subpolar Urals.            | 65.033 | 60.117
            Tom River   | Floods on the Tom River threatened Tomsk.                                              | 56.890 | 84.457
            la Dvina septentrionale | La glace de la Dvina septentrionale s'est rompue tôt près d'Arkhangelsk.      | 64.533 | 40.483
            Lake Ilmen  | Fishermen drowned on Lake Ilmen near Veliky Novgorod.                                  | 58.267 | 31.283
            l'île Choumchou | La Russie a déployé des missiles sur l'île Choumchou, dans le nord des Kouriles.        | 50.733 | 156.317
            Oukrainka   | Les bombardiers ont été déplacés vers Oukrainka, dans la région de l'Amour.            | 51.170 | 128.445
            Ukrainka air base | Satellite images showed bombers at the Ukrainka air base in the Amur region.     | 51.170 | 128.445
            le détroit de Kara | Un brise-glace a guidé le convoi par le détroit de Kara, vers la mer de Kara.   | 70.500 | 58.000
            Lake Seliger | The Kremlin youth camp on Lake Seliger drew thousands.                               | 57.192 | 33.072
            Koltsovo airport | Flights from Koltsovo airport, in Yekaterinburg, were cancelled by fog.          | 56.741 | 60.804
            aéroport de Tolmatchevo | Un avion a atterri en urgence à l'aéroport de Tolmatchevo, près de Novossibirsk. | 55.013 | 82.651
            Kazansky station | Police searched Kazansky station in Moscow after a bomb threat.                 | 55.773 | 37.656
            gare de Kazan | Les trains pour Tachkent partent de la gare de Kazan, à Moscou.                   | 55.773 | 37.656
            gare de Iaroslavl | Le Transsibérien part de la gare de Iaroslavl, à Moscou, pour Vladivostok.    | 55.776 | 37.658
            Vostochny port | Coal trains queued for days outside Vostochny port, near Nakhodka.              | 42.733 | 133.067
            port de Vostotchny | Le charbon du Kouzbass part du port de Vostotchny, près de Nakhodka.         | 42.733 | 133.067
            Sheskharis oil terminal | Naval drones struck the Sheskharis oil terminal in Novorossiysk.         | 44.733 | 37.783
            Tbilisi International Airport | Flights resumed at Tbilisi International Airport on Monday.        | 41.669 | 44.955
            Vaziani Military Base | US and Georgian troops trained at the Vaziani Military Base, outside Tbilisi. | 41.695 | 45.047
            base militaire de Vaziani | Des soldats américains se sont entraînés à la base militaire de Vaziani, près de Tbilissi. | 41.695 | 45.047
            Stepanakert Airport | The Stepanakert Airport, at Khojaly, has not seen a passenger flight since 1990. | 39.901 | 46.787
            Kopitnari   | Wizz Air flights land at Kopitnari, west of Kutaisi, every morning.                    | 42.176 | 42.483
            aéroport de Koutaïssi | Les vols à bas coût arrivent à l'aéroport de Koutaïssi, dans l'ouest de la Géorgie. | 42.176 | 42.483
            Sevanavank  | Sevanavank, on the shore of Lake Sevan, drew crowds on Sunday.                          | 40.564 | 45.011
            Gandzasar   | Les Arméniens ne peuvent plus se rendre à Gandzasar, au Haut-Karabakh, depuis 2023.     | 40.057 | 46.531
            Tigranakert of Artsakh | Excavations at Tigranakert of Artsakh stopped in 2020.                      | 40.065 | 46.906
            Amberd      | Hikers climbed to Amberd, on the slopes of Mount Aragats, in Armenia.                  | 40.390 | 44.226
            citadelle de Gremi | La citadelle de Gremi, en Kakhétie, domine la vallée de l'Alazani.            | 42.013 | 45.666
            Prometheus Cave | Tourists crowded into Prometheus Cave, near Tskaltubo, in Georgia.                 | 42.377 | 42.601
            Azykh Cave  | Azerbaijani archaeologists returned to the Azykh Cave, near Fuzuli, in 2021.           | 39.619 | 46.989
            Sarsang Reservoir | Water from the Sarsang Reservoir irrigates the lowlands of Karabakh.             | 40.181 | 46.617
            Qirmizi Qesebe | Mountain Jews still live in Qirmizi Qesebe, across the river from Quba, in Azerbaijan. | 41.374 | 48.511
            Surakhani   | The fire temple at Surakhani, near Baku, became a museum in 1975.                      | 40.420 | 50.005
            Ivanyan     | Shells fell on Ivanyan, in Nagorno-Karabakh, overnight.                                | 39.911 | 46.789
            Kut         | Azerbaijani troops shelled Kut, near Vardenis, in Armenia, in September 2022.          | 40.181 | 45.902
            Verin Shorzha | Les bergers de Verin Shorzha, en Arménie, n'osent plus monter aux pâturages.         | 40.087 | 45.833
            Norabak     | Residents of Norabak, in Armenia's Gegharkunik province, heard gunfire.                | 40.156 | 45.861
            Baghanis    | Residents of Baghanis, in Tavush, Armenia, watched the border guards arrive.           | 41.117 | 45.067
            Varagavan   | À Varagavan, dans la province de Tavouch, en Arménie, l'école a été touchée.           | 40.957 | 45.338
            Aknaghbyur  | Aknaghbyur, north of Ijevan, in Armenia, lost its road in the storm.                   | 40.958 | 45.156
            Davit Bek   | Le chef du village de Davit Bek, dans le Syunik, en Arménie, craint pour l'école.      | 39.318 | 46.495
            Perevi      | Russian troops left Perevi, in Georgia, in October 2010.                               | 42.357 | 43.597
            Chkhalta    | Georgian troops withdrew from Chkhalta, in the Kodori Gorge of Abkhazia, in 2008.      | 43.096 | 41.667
            Kekhvi      | Les villages de Kekhvi et d'Achabeti, au nord de Tskhinvali, en Géorgie, ont brûlé en 2008. | 42.304 | 43.939
            Achabeti    | Les villages de Kekhvi et d'Achabeti, au nord de Tskhinvali, en Géorgie, ont brûlé en 2008. | 42.280 | 43.950
            Kurta       | Dmitry Sanakoyev set up his administration in Kurta, north of Tskhinvali, in Georgia.  | 42.286 | 43.951
            Eredvi      | Eredvi, east of Tskhinvali, in Georgia, was emptied in August 2008.                    | 42.247 | 44.041
            Khetagurovo | Fighting reached Khetagurovo, west of Tskhinvali, on 8 August 2008.                    | 42.209 | 43.893
            Karmir Shuka | Bullets hit two houses in Karmir Shuka, in Nagorno-Karabakh, in September 2022.       | 39.676 | 46.949
            Gushchu Ayrim | Farmers in Gushchu Ayrim, in Azerbaijan's Qazax district, fear Armenian snipers.     | 41.094 | 45.102
            Mutso       | Restorers rebuilt the towers of Mutso, east of Shatili, in Georgia.                    | 42.607 | 45.208
            Nerkin Khndzoresk | Azerbaijani soldiers dug in above Nerkin Khndzoresk, near Goris, in Armenia.     | 39.506 | 46.496
            Nerkin Shorzha | Les bergers de Nerkin Shorzha, en Arménie, ont perdu leurs pâturages.              | 40.110 | 45.753
            Lake Paravani | Fishermen on Lake Paravani, in Georgia, wait for the ice to melt.                     | 41.450 | 43.817
            lac Tabatskouri | Les pêcheurs du lac Tabatskouri attendent la débâcle.                             | 41.646 | 43.626
            Barentsburg | Russia's consulate in Barentsburg, on Spitsbergen, has stayed open.                  | 78.067 | 14.217
            Ny-Ålesund  | Les chercheurs de Ny-Ålesund, au Svalbard, mesurent la fonte des glaciers.            | 78.925 | 11.922
            Sveagruva   | Store Norske closed its last mine at Sveagruva, south of Longyearbyen, in 2020.       | 77.900 | 16.731
            Isfjorden   | A Russian trawler anchored in Isfjorden, off Barentsburg, last week.                  | 78.167 | 14.000
            Bear Island | Norway's coast guard patrols the waters around Bear Island, south of Spitsbergen.      | 74.440 | 19.048
            Svalbard Global Seed Vault | Syria withdrew seeds from the Svalbard Global Seed Vault in 2015.      | 78.235 | 15.491
            Hornsund    | Les Polonais de Hornsund, au sud du Spitsberg, hivernent à dix.                        | 77.000 | 15.550
            Rogachevo   | MiG-31 jets were deployed to Rogachevo, on Russia's Novaya Zemlya archipelago, in 2020. | 71.618 | 52.486
            Matochkin Shar | Russia keeps its nuclear test site ready at Matochkin Shar, on Novaya Zemlya.      | 73.389 | 55.216
            Alexandra Land | Russia's Arctic Trefoil base stands on Alexandra Land, in Franz Josef Land.        | 80.634 | 46.584
            Rudolf Island | The tourists landed on Rudolf Island, the northernmost point of Franz Josef Land.   | 81.767 | 58.560
            Cape Chelyuskin | Icebreakers escorted the convoy past Cape Chelyuskin, on the Taymyr Peninsula.   | 77.733 | 104.250
            Ushakovskoye | Rangers left Ushakovskoye, on Wrangel Island, in 2003.                               | 70.981 | -178.491
            Neftegorsk  | The 1995 earthquake flattened Neftegorsk, in northern Sakhalin.                        | 52.997 | 142.946
            Dyatlov Pass | Nine students died near the Dyatlov Pass, in the northern Urals, in 1959.            | 61.754 | 59.445
            Perm-36     | The Perm-36 camp, near Chusovoy in the Perm region, became a museum.                   | 58.263 | 57.430
            cap Idokopas | Le palais du cap Idokopas, près de Guelendjik, a été révélé par Navalny.             | 44.420 | 38.205
            Gremikha    | Spent submarine fuel was shipped out of Gremikha, on the Kola Peninsula.              | 68.073 | 39.473
            Nozhai-Yurt | Militants attacked a police post in Nozhai-Yurt, in eastern Chechnya.                 | 43.093 | 46.379
            Kadykchan   | Miners left Kadykchan, in the Magadan region, after the 1996 explosion.             | 63.083 | 147.050
            Prigorodnoye | The first LNG cargo left Prigorodnoye, on Sakhalin, in 2009.                        | 46.628 | 142.903
            Sulak Canyon | Tourists crowd the Sulak Canyon, in Dagestan, every summer.                         | 43.009 | 46.828
            Arkaïm      | Les archéologues fouillent Arkaïm, dans l'oblast de Tcheliabinsk, depuis 1987.        | 52.649 | 59.571
            Chkalovsk air base | Su-27 fighters returned to the Chkalovsk air base, near Kaliningrad, in 2018. | 54.767 | 20.397
            Nikolskoye  | Fishermen of Nikolskoye, on Russia's Bering Island, sell salmon roe.               | 55.198 | 165.998
            Markovo     | A flood cut off Markovo, on the Anadyr River in Chukotka, in June.                  | 64.667 | 170.417
            Sandarmokh  | Historians gathered at Sandarmokh, in Karelia, on 5 August.                         | 62.864 | 34.720
            Poka        | Nuns of the St Nino convent in Poka, on Lake Paravani, make cheese.                 | 41.396 | 43.792
            Kvaisa      | Kvaisa, in the Kudaro gorge of South Ossetia, lost its lead-zinc mine.               | 42.523 | 43.656
            Kvaïssa     | La route de Kvaïssa, en Ossétie du Sud, a été coupée par une avalanche.             | 42.523 | 43.656
            Jandari     | Farmers in Jandari, near the Red Bridge, grow vegetables for Tbilisi.               | 41.447 | 45.168
            Dzau        | Russian troops entered Dzau, north of Tskhinvali, in August 2008.                   | 42.400 | 43.937
            Otchamtchira | Des navires russes mouillent à Otchamtchira, en Abkhazie.                           | 42.712 | 41.469
            Chernokozovo | Detainees were beaten at Chernokozovo, in northern Chechnya, in 2000.        | 43.675 | 45.353
            Tchervlionnaïa | La stanitsa de Tchervlionnaïa, au bord du Terek, a été bombardée en 1999.       | 43.499 | 45.882
            Koban       | Archaeologists returned to Koban, in North Ossetia, where the bronze axes were found. | 42.919 | 44.482
            Tegenekli   | Climbers stay in Tegenekli, below Mount Elbrus, before the ascent.                  | 43.249 | 42.617
            Targuim     | Les tours de Targuim, en Ingouchie, attirent les randonneurs.                      | 42.835 | 44.943
            Egikal      | The towers of Egikal, in Ingushetia's Dzheyrakh district, were restored.           | 42.834 | 44.918
            Gornal      | Ukrainian troops held the monastery at Gornal, south of Sudzha, until April.       | 51.056 | 35.217
            Volotchaïevka | Une chapelle se dresse sur la colline de Volotchaïevka, près de Khabarovsk.      | 48.564 | 134.483
            Udokan      | The first copper cathodes left Udokan, in the Zabaykalsky region, in 2023.         | 56.588 | 118.449
            Elistanzhi  | Cluster bombs hit the school in Elistanzhi, in Chechnya's Vedeno district, in 1999. | 42.973 | 46.017
            Khasanya    | Police surrounded a house in Khasanya, on the southern edge of Nalchik.            | 43.433 | 43.576
            Tichanka    | Un drone a frappé Tichanka, dans la région de Belgorod, près de la frontière.      | 50.389 | 37.521
            Kurkovichi  | A drone fell on Kurkovichi, in the Bryansk region, the governor said.              | 52.300 | 32.808
            Starye Atagi | Gunmen were killed in Starye Atagi, south of Grozny, on Tuesday.                  | 43.120 | 45.741
            Tsotsi-Yurt | Relatives were detained in Tsotsi-Yurt, in Chechnya's Kurchaloy district.          | 43.242 | 46.000
            Gndevaz     | Wildfires reached Gndevaz, south-west of Jermuk, in August (h-geaz3).              | 39.759 | 45.618
            Ketchout    | Le réservoir de Ketchout, près de Djermouk, alimente le tunnel Arpa-Sevan.         | 39.799 | 45.663
            Arpa River  | Trout farms line the Arpa River below Jermuk, in Vayots Dzor.                      | 39.469 | 44.947
            rivière Arpa | Les pêcheurs remontent la rivière Arpa jusqu'à Djermouk.                          | 39.469 | 44.947
            Sus         | Russian peacekeepers left Sus, in the Lachin corridor, in August 2022.             | 39.627 | 46.513
            Tusheti     | Shepherds drive their flocks up to Tusheti over the Abano Pass in June.            | 42.410 | 45.487
            Touchétie   | Les bergers montent en Touchétie par le col d'Abano.                               | 42.410 | 45.487
            Khevsureti  | The road to Khevsureti reopened in May, and Shatili filled with hikers.            | 42.588 | 45.052
            Ananuri     | Tourists stop at Ananuri on the way from Tbilisi to Kazbegi.                       | 42.164 | 44.704
            Yanar Dag   | Visitors watch the flames of Yanar Dag, north of Baku, at dusk.                    | 40.502 | 49.891
            Hirkan National Park | A leopard was filmed in Hirkan National Park, near Lankaran.              | 38.631 | 48.712
            Tufandag    | The lifts of Tufandag, above Qabala, carried skiers all winter.                    | 41.163 | 47.991
            Ashagi Askipara | Azerbaijani border guards took over Ashagi Askipara, in the Qazax district, in May 2024. | 41.076 | 45.083
            Achagui Askipara | Le drapeau azerbaïdjanais flotte sur Achagui Askipara, près de Voskepar.       | 41.076 | 45.083
            Yukhari Askipara | Azerbaijan wants Yukhari Askipara, an exclave of its Qazax district, back.    | 41.066 | 45.023
            Tsaghkavan  | Shells hit Tsaghkavan, in Armenia's Tavush province, in 2014.                      | 41.029 | 45.121
            Novkhani    | The water park of Novkhani, north of Baku, reopened in June.                       | 40.530 | 49.779
            Nehram      | Farmers in Nehram, in Nakhchivan, grow grapes by the Aras.                         | 39.112 | 45.461
            Kish        | The Albanian church of Kish, above Sheki, draws tourists from Baku.                | 41.259 | 47.188
            Uplistsikhe | Archaeologists dig at Uplistsikhe, east of Gori, every summer.                     | 41.966 | 44.211
            Ouplistsikhé | Les archéologues fouillent Ouplistsikhé, près de Gori, chaque été.                 | 41.966 | 44.211
            Debed       | Rafters ran the Debed below Alaverdi, in Armenia's Lori province.                  | 41.166 | 44.796
            Khrami      | The Khrami flooded fields near Marneuli, in Georgia.                               | 41.493 | 44.298
            Lake Arpi   | Armenian gulls nest on Lake Arpi, in Shirak.                                       | 41.050 | 43.617
            lac Paliastomi | Les pêcheurs du lac Paliastomi, près de Poti, ont vu la mer monter.            | 42.125 | 41.728
            Murovdag    | Azerbaijani troops took the heights of Murovdag on 27 September 2020.              | 40.267 | 46.317
            Zhinvali Reservoir | The Zhinvali Reservoir, below Ananuri, supplies Tbilisi with water.         | 42.135 | 44.772
            Shamkir Reservoir | Fish died in the Shamkir Reservoir, on the Kura in Azerbaijan.               | 40.963 | 46.078
            rivière Terter | Les troupes ont franchi la rivière Terter près de Martakert.                    | 40.190 | 46.642
            Xankəndi    | Azerbaijani officials opened a school in Xankəndi, in Karabakh.                    | 39.816 | 46.752
            Şuşa        | The Kharibulbul festival returned to Şuşa, in Karabakh, in May.                    | 39.760 | 46.750
            Jabraïl     | Des mines ont tué deux civils près de Jabraïl, dans le sud du Karabakh.            | 39.399 | 47.028
            Agdara      | Des combats ont eu lieu à Agdara, au Karabakh, en septembre 2023.                  | 40.211 | 46.821
            Nakhijevan  | Flights from Yerevan to Nakhijevan stopped in 1992.                                | 39.209 | 45.412
            Apsheron Peninsula | Oil derricks crowd the Apsheron Peninsula around Baku.                      | 40.450 | 50.000
            Joulfa      | Le poste-frontière de Joulfa, au Nakhitchevan, a rouvert.                         | 38.954 | 45.630
            Jermouk     | Les curistes boivent l'eau de Jermouk, dans le Vayots Dzor.                       | 39.842 | 45.669
            Sokhoumi    | Le port de Sokhoumi, en Abkhazie, accueille des navires russes.                   | 43.007 | 40.989
            Tskhaltoubo | Les sanatoriums de Tskhaltoubo, près de Koutaïssi, abritent des déplacés.         | 42.329 | 42.598
            Madaguiz    | Des combats ont eu lieu à Madaguiz, au Karabakh, en avril 2016.                   | 40.326 | 46.750
            Dariali     | The Dariali border post, north of Stepantsminda, reopened on Monday.               | 42.740 | 44.620
            Tkibouli    | Les mineurs de Tkibouli, en Géorgie, sont en grève.                               | 42.351 | 42.998
            Byourakan   | L'observatoire de Byourakan, en Arménie, a rouvert ses coupoles.                  | 40.338 | 44.272
            Chusovaya   | Rafters drifted down the Chusovaya, in the Perm region, past the old iron works.   | 58.158 | 56.387
            la Tchoussovaïa | Le pont sur la Tchoussovaïa, dans le kraï de Perm, a été fermé.                | 58.158 | 56.387
            Svir River  | Barges on the Svir River wait for the locks at Podporozhye.                        | 60.509 | 32.799
            la Soura    | Le niveau de la Soura monte à Alatyr, en Tchouvachie.                              | 56.123 | 45.971
            Yana River  | Ice jams on the Yana River flooded Verkhoyansk, in Yakutia.                        | 71.537 | 136.653
            Amgun       | The Amgun burst its banks near the Baikal-Amur railway.                            | 52.946 | 139.694
            Lake Imandra | Fishermen on Lake Imandra, near Monchegorsk, found dead fish.                     | 67.667 | 33.000
            cap Dejnev  | Le brise-glace a doublé le cap Dejnev, en Tchoukotka, mardi.                       | 66.079 | -169.652
            Kura test range | A Yars missile hit its target at the Kura test range, in Kamchatka.            | 57.333 | 161.833
            polygone de Koura | Un missile Sarmat a atteint le polygone de Koura, au Kamtchatka.              | 57.333 | 161.833
            Shtokman field | Gazprom shelved the Shtokman field, in the Barents Sea, in 2012.                | 73.000 | 44.000
            Mutnovsky   | Steam rose from Mutnovsky, south of Petropavlovsk-Kamchatsky.                      | 52.450 | 158.190
            Chernyshevsky | Miners in Chernyshevsky, in Yakutia, went without heating.                       | 63.016 | 112.469
            Mnogoverchinny | Les habitants de Mnogoverchinny, dans le kraï de Khabarovsk, ont été évacués.  | 53.933 | 139.927
            Rybachy Peninsula | Border guards patrol the Rybachy Peninsula, near Norway.                    | 69.700 | 32.600
            Golden Horn Bay | Tourists photographed Golden Horn Bay from the Zolotoy bridge in Vladivostok. | 43.108 | 131.899
            Nagayev Bay | Ice covered Nagayev Bay, below Magadan, until June.                                | 59.540 | 150.680
            baie de Tchaoun | La centrale flottante est amarrée dans la baie de Tchaoun, à Pevek.            | 69.349 | 169.774
            la Soukhona | Les eaux de la Soukhona ont débordé à Veliki Oustioug, dans l'oblast de Vologda.   | 60.733 | 46.328
            Sarychev Peak | Astronauts photographed Sarychev Peak erupting in the Kurils in 2009.            | 48.092 | 153.200
            Lake Taymyr | Scientists sampled the ice of Lake Taymyr, in Russia's Arctic, in June.            | 74.543 | 101.644
            """)
    void readsTheNamedPlaceNearItsSourcePoint(String name, String text, double lat, double lon) throws Exception {
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
            Novosibirsk science town, not Yekaterinburg's airport | The Vector laboratory in Koltsovo, near Novosibirsk, made a vaccine. | landmark:koltsovo-airport
            the cosmodrome, not the Far East port (h-transport) | Russia launched a rocket from Vostochny, in the Amur region.     | landmark:port-vostochny
            the poet the Tbilisi airport is named after | Shota Rustaveli wrote The Knight in the Panther's Skin.               | landmark:tbilisi-international-airport
            Kazan's own station, not Moscow's          | Kazan's railway station was decorated for the Universiade.             | landmark:kazansky-railway-station
            Samara's Neftegorsk, not the Sakhalin ruin (h-russia) | Neftegorsk, in Samara Oblast, has a small oil refinery.      | curated:neftegorsk-sakhalin
            the Moscow-region village, not the Novaya Zemlya base | Rogachevo, a village near Dmitrov in Moscow Oblast, was cut off by snow. | curated:rogachevo-novaya-zemlya
            the Chechen village, not the Sakhalin LNG port | Police searched houses in Prigorodnoye, near Grozny in Chechnya.   | curated:prigorodnoye-sakhalin
            the Irkutsk village, not the Chukotka one  | Markovo, in the Irkutsk region, lies on the Lena.                      | curated:markovo-chukotka
            the city, not the river (h-ru3)            | Ufa, the capital of Bashkortostan, hosted the summit.                  | physical:ufa-river
            the village, not the river                 | Olenyok, a village in western Yakutia, lies on the river.              | physical:olenyok-river
            the Caucasus river, not the Kamchatka range | The Kura flows through Tbilisi to the Caspian Sea.                    | landmark:kura-test-range
            Istanbul's Golden Horn, not Vladivostok's bay | Ferries cross the Golden Horn in Istanbul every morning.           | physical:golden-horn-bay
            the same in French                         | Les ferries traversent la Corne d'Or, à Istanbul, chaque matin.        | physical:golden-horn-bay
            """)
    void doesNotTakeTheHomonymForTheTransportHub(String name, String text, String id) throws Exception {
        assertThat(parse(text).stream().map(m -> m.entry().id())).as(name).doesNotContain(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Iraq's Kut, not the Vardenis border village      | Fighting resumed around Kut, the Iraqi city on the Tigris.          | curated:kut-armenia
            Diyarbakir's Tigranakert, not the Aghdam ruins  | Tigranakert, in Diyarbakir province, was once an Armenian royal city. | landmark:tigranakert-of-artsakh
            Iran's Kish Island, not the Sheki village (h-geaz3) | Iran's Kish Island hosted the trade fair, and tourists flew to Kish from Tehran. | curated:kish-shaki
            Iran's Susa, not Karabakh's Şuşa                | Archaeologists returned to Susa, in Iran's Khuzestan province.      | geonames:147105
            Turkey's Hakkari, not the Zangilan settlement     | Clashes broke out in Hakkari, in south-eastern Turkey.             | curated:hakari-zangilan
            Kars's Arpaçay, not the Vayots Dzor river         | The Arpaçay River marks the border between Turkey and Armenia.     | physical:arpa-river
            Kyrgyzstan's Arpa valley, not the Vayots Dzor river | The railway will run down the Arpa valley from the Torugart Pass to Jalal-Abad. | physical:arpa-river
            """)
    void doesNotTakeTheHomonymForTheSouthCaucasusPlace(String name, String text, String id) throws Exception {
        assertThat(parse(text).stream().map(m -> m.entry().id())).as(name).doesNotContain(id);
    }
}
