package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.articleatlas.geodata.Geodesy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Villages, small towns and sites of Central Asia and Mongolia that the town table lacks or spells
 * otherwise (the h-recall9 and h-recall12 rounds), and the ranges, passes, deserts and reservoirs
 * on their borders (h-features): each is found in a sentence of our own, lies as
 * near to a town the same sentence names as its source says, and its name does not fire where it
 * is a person's or a common noun.
 */
class CentralAsiaSmallPlacesTest {

    @TempDir
    Path dir;

    private List<ResolvedMention> parse(String text) throws Exception {
        return RealAtlas.places(dir, text);
    }

    private static ResolvedMention written(List<ResolvedMention> places, String text) {
        return places.stream().filter(m -> m.mention().text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + places));
    }

    @ParameterizedTest(name = "{1} near {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Flooding cut the road between Almaty and Kaskelen on Sunday.                     | Kaskelen     | curated:kaskelen              | Almaty      | 40
            Les mineurs de Satpaïev, près de Jezkazgan, ont fait grève au Kazakhstan.        | Satpaïev     | curated:satbayev              | Jezkazgan   | 40
            Dungan families fled Masanchi for Korday, in southern Kazakhstan.               | Masanchi     | curated:masanchi              | Korday      | 60
            Le poste de Kordaï, face à Bichkek, a rouvert au Kazakhstan.                    | Kordaï       | geonames:1524243              | Bichkek     | 40
            In Kyrgyzstan, the antimony plant at Kadamjay, between Kyzyl-Kiya and Aidarken, stopped. | Kadamjay     | curated:kadamjay              | Kyzyl-Kiya  | 60
            Au Kirghizistan, les habitants de Maksat ont fui vers Isfana.                   | Maksat       | curated:maksat-leilek         | Isfana      | 40
            Skiers crowded Shymbulak, above Almaty, in Kazakhstan.                          | Shymbulak    | landmark:shymbulak            | Almaty      | 40
            The monks of Erdene Zuu restored a temple beside Kharkhorin, in Mongolia.        | Erdene Zuu   | landmark:erdene-zuu-monastery | Kharkhorin  | 10
            Les caravanes passaient par Tash-Rabat avant de quitter Naryn, au Kirghizistan. | Tash-Rabat   | landmark:tash-rabat           | Naryn       | 130
            Rockets fall near Toretam, the railway town of Baikonur, in Kazakhstan.         | Toretam      | geonames:9858283              | Baikonur    | 20
            Uzbek pilgrims reached Shakhimardan from Fergana, crossing Kyrgyzstan.          | Shakhimardan | geonames:1216189              | Fergana     | 60
            Les ouvriers de Khaidarkan, près de Batken, au Kirghizistan, réclament leurs salaires. | Khaidarkan | geonames:1222635         | Batken      | 60
            The Takhiatash power plant, south of Nukus, will be modernised in Uzbekistan.      | Takhiatash   | curated:takhiatash            | Nukus       | 30
            Dungan families of Sortobe, across the Chu from Tokmok, left Kazakhstan.          | Sortobe      | curated:sortobe               | Tokmok      | 20
            Cotton trucks queued at Sherabad, north of Termez, in Uzbekistan.                 | Sherabad     | curated:sherobod       | Termez      | 80
            Les habitants de Jarkurgan, près de Termez, en Ouzbékistan, ont manqué d'eau.       | Jarkurgan    | curated:jarqorgon      | Termez      | 50
            Miners of Shargun, north of Denau, in Uzbekistan, went back to work.                | Shargun      | curated:shargun        | Denau       | 40
            On the Pamir Highway, Alichur lies west of Murghob, in Tajikistan.                  | Alichur      | curated:alichur        | Murghob     | 100
            Au Kirghizistan, les randonneurs partent de Grigorievka, à l'est de Cholpon-Ata.    | Grigorievka  | curated:grigorievka    | Cholpon-Ata | 50
            The old Kayrakkum carpet works, east of Khujand, reopened in Tajikistan.            | Kayrakkum    | curated:guliston-sughd | Khujand     | 25
            Farmers in Shelek, north-east of Esik, in Kazakhstan, lost their apricots.          | Shelek       | curated:shelek         | Esik        | 80
            Nurafshon, south of Tashkent, became the seat of the region in Uzbekistan.          | Nurafshon    | geonames:1512524     | Tashkent    | 40
            Les camions attendaient à Serakhs, à l'est de Tejen, au Turkménistan.               | Serakhs      | curated:sarahs         | Tejen       | 130
            Russia's Sangtuda plant, south-east of Dushanbe, stopped two turbines in Tajikistan. | Sangtuda | landmark:sangtuda-1-dam | Dushanbe | 120
            Tourists drove from Almaty to Lake Kaindy, in Kazakhstan, on Saturday.             | Lake Kaindy   | physical:lake-kaindy           | Almaty    | 140
            Hikers from Bishkek spent Sunday in Ala Archa, in Kyrgyzstan.                       | Ala Archa     | landmark:ala-archa-national-park | Bishkek | 45
            Les habitants de Kalatchi, près d'Esil, au Kazakhstan, s'endormaient sans raison.   | Kalatchi      | curated:kalachi                | Esil      | 40
            Patients bathe in the hot springs of Jeti-Oguz, west of Karakol, in Kyrgyzstan.    | Jeti-Oguz     | curated:jeti-oguz-resort       | Karakol   | 40
            Bathers from Ashgabat swim in the warm water of Kow Ata, in Turkmenistan.          | Kow Ata       | physical:kow-ata               | Ashgabat  | 110
            Scientists counted flamingos on Sudochye Lake, north-west of Nukus, in Uzbekistan. | Sudochye Lake | physical:sudochye-lake         | Nukus     | 150
            Les archéologues ont restauré la porte nord de Sauran, près de Turkestan, au Kazakhstan. | Sauran  | landmark:sauran-ruins          | Turkestan | 60
            Les mineurs de Kok-Yangak, près de Djalal-Abad, au Kirghizistan, ont manifesté (h-kz2). | Kok-Yangak | curated:kok-yangak | Djalal-Abad | 40
            Water from the Papan Reservoir, south of Osh, reached the fields of Aravan. | Papan Reservoir | physical:papan-reservoir | Osh | 25
            Pilgrims climbed Sulaiman-Too, in the centre of Osh, in Kyrgyzstan.        | Sulaiman-Too | landmark:sulaiman-too | Osh | 5
            Trucks from Petropavl queued at Mamlyutka, near the Russian border, in Kazakhstan. | Mamlyutka | curated:mamlyutka | Petropavl | 50
            Le barrage de Kirov, en amont de Taraz, a ouvert ses vannes vers le Kazakhstan. | barrage de Kirov | physical:kirov-reservoir | Taraz | 60
            Fishermen on the Shulba Reservoir, upstream of Semey, caught pike.          | Shulba Reservoir | physical:shulba-reservoir | Semey | 120
            Border guards patrol Lake Zhalanashkol, near Dostyk, on the Chinese border. | Lake Zhalanashkol | physical:lake-zhalanashkol | Dostyk | 60
            The 1949 landslide buried Khait, east of Gharm, in Tajikistan's Rasht valley.       | Khait         | curated:hoit-rasht             | Gharm     | 60
            The Baipaza plant, downstream of Nurek, cut its output in Tajikistan.               | Baipaza       | landmark:baipaza-dam           | Nurek     | 40
            Engineers repaired the Golovnaya plant beside Levakant, in Tajikistan.              | Golovnaya     | landmark:golovnaya-dam         | Levakant  | 20
            Rice farmers of Yangiariq, south of Urgench, in Uzbekistan, lacked water.          | Yangiariq     | curated:yangiariq              | Urgench   | 40
            Les habitants de Khazarasp, à l'est de Khiva, en Ouzbékistan, ont manqué d'eau.    | Khazarasp     | geonames:1513957               | Khiva     | 80
            The Kyrgyz Ala-Too rises above Bishkek.                                             | Kyrgyz Ala-Too        | physical:kyrgyz-ala-too      | Bishkek     | 60
            Le Terskeï Alataou domine Karakol, au Kirghizstan.                                  | Terskeï Alataou       | physical:terskey-alatau     | Karakol     | 60
            Trucks crawled over the Taldyk Pass towards Sary-Tash.                              | Taldyk Pass           | physical:taldyk-pass        | Sary-Tash   | 30
            La chaîne de Tchatkal domine Angren, en Ouzbékistan.                                | chaîne de Tchatkal    | physical:chatkal-range      | Angren      | 80
            Le désert de Moïynkoum s'étend au nord de Taraz, au Kazakhstan.                     | désert de Moïynkoum   | physical:moyynkum-desert    | Taraz       | 130
            Le réservoir de Chardara déborde près de Chardara, au Kazakhstan.                   | réservoir de Chardara | physical:shardara-reservoir | Chardara    | 20
            Speed skaters trained at Medeu, above Almaty, in Kazakhstan (h-kzkg3).              | Medeu                 | landmark:medeu              | Almaty      | 25
            La patinoire de Médéo, au-dessus d'Almaty, a rouvert au Kazakhstan.                 | patinoire de Médéo    | landmark:medeu              | Almaty      | 25
            The cable car climbs Kok-Tobe from the centre of Almaty.                            | Kok-Tobe              | landmark:kok-tobe           | Almaty      | 10
            Hikers crossed Kok Zhailau from Almaty to Medeu on Sunday.                          | Kok Zhailau           | physical:kok-zhailau        | Almaty      | 25
            Rafters camped in the Chon-Kemin valley, east of Kemin, in Kyrgyzstan.              | Chon-Kemin valley     | landmark:chong-kemin-nature-park | Kemin  | 90
            The Bozshakol copper mine, west of Ekibastuz, raised its output in Kazakhstan.      | Bozshakol copper mine | landmark:bozshakol-mine     | Ekibastuz   | 80
            La dépression de Karaguié, au sud-est d'Aktaou, est le point le plus bas du Kazakhstan. | dépression de Karaguié | physical:karagiye-depression | Aktaou | 70
            Beekeepers of Lepsinsk, south of Sarkand, in Kazakhstan, sold their honey.          | Lepsinsk              | curated:lepsinsk            | Sarkand     | 80
            Les ouvriers du barrage de Chamaldy-Saï, près de Tach-Koumyr, au Kirghizistan, ont été payés. | Chamaldy-Saï | curated:shamaldy-say | Tach-Koumyr | 40
            Farmers of Kara-Buura, west of Talas, in Kyrgyzstan, lack water.                    | Kara-Buura            | geonames:1527919            | Talas       | 80
            Climbers left Almaty at dawn for Big Almaty Peak, in Kazakhstan.                    | Big Almaty Peak       | physical:big-almaty-peak    | Almaty      | 30
            Buddhist pilgrims visited Tamgaly-Tas, below Kapchagay, in Kazakhstan.              | Tamgaly-Tas           | landmark:tamgaly-tas        | Kapchagay   | 40
            Archaeologists returned to Koshoy Korgon, west of At-Bashy, in Kyrgyzstan.          | Koshoy Korgon         | landmark:koshoy-korgon      | At-Bashy    | 30
            Hikers left Brichmulla, east of Tashkent, for the Chatkal mountains (h-ca3).          | Brichmulla     | curated:burchmulla     | Tashkent  | 100
            Border guards sealed Qorasuv, facing Kara-Suu, in Uzbekistan's Andijan region.      | Qorasuv        | curated:qorasuv        | Kara-Suu  | 10
            Archaeologists returned to Altyndepe, south-east of Kaka, in Turkmenistan.          | Altyndepe      | landmark:altyndepe     | Kaka      | 100
            The Kalyan minaret rises above the old town of Bukhara.                             | Kalyan minaret | landmark:poi-kalyan    | Bukhara   | 5
            Afghan traders crossed the Amu Darya from Qarqin to Charshanga, in Turkmenistan.   | Charshanga     | curated:charshanga     | Qarqin    | 20
            """)
    void findsTheSmallPlaceNearTheTownItsSourceNames(String text, String written, String id, String town, double km)
            throws Exception {
        List<ResolvedMention> places = parse(text);
        ResolvedMention small = written(places, written);
        ResolvedMention near = written(places, town);
        assertThat(small.entry().id()).isEqualTo(id);
        assertThat(Geodesy.distanceKm(small.entry().place().point(), near.entry().place().point())).isLessThan(km);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dam break in Kazakhstan          | A dam burst above Kyzylagash, in Kazakhstan, in March 2010.          | curated:kyzylagash
            Karakalpak prison village        | Relatives waited for news from Jaslyk, in Uzbekistan's Karakalpakstan. | curated:jaslyk
            Khövsgöl's village, French       | En Mongolie, les touristes partent de Khatgal, au bord du lac Khövsgöl. | curated:hatgal
            Issyk-Kul's north shore          | Au Kirghizistan, la plage de Tamchy était bondée en juillet.          | curated:tamchy
            walnut forest village            | Walnut pickers camp in the village of Arslanbob, in Kyrgyzstan.     | curated:arslanbob
            Caspian resort                   | Gas ministers met at Avaza, on Turkmenistan's Caspian coast.         | curated:avaza
            Silk Road ruin                   | Les archéologues fouillent Otrar, au sud du Kazakhstan.              | landmark:otrar
            Genghis Khan's birthplace        | In Mongolia, pilgrims climbed Delüün Boldog near the Onon.           | landmark:deluun-boldog
            Selenge monastery, French        | En Mongolie, le monastère d'Amarbayasgalant a rouvert ses temples.  | landmark:amarbayasgalant-monastery
            Parthian fortress                | Turkmenistan restored the Parthian Fortresses of Nisa last year.    | landmark:nisa-fortresses
            Ak-Talaa district seat           | Au Kirghizistan, la route de Baetov a été coupée par la neige.       | geonames:1528766
            Karakalpak town, press spelling  | Cotton pickers left Turtkul, in Uzbekistan, by bus.                  | geonames:1513092
            coldest Pamir village            | Au Tadjikistan, le village de Boulounkoul a relevé -63 °C.            | curated:bulunkul
            tin-mining village of the Tian Shan | In Kyrgyzstan, climbers flew from the village of Engilchek to the glacier. | curated:engilchek
            Mongolian town by its 2013 name  | Herders met in Chinggis City, in eastern Mongolia, on Friday.         | geonames:2029656
            Kazakh region of 2022            | Floods cut roads across the Zhetysu Region of Kazakhstan.            | physical:zhetysu-region
            Abai Region, not Abai the town   | Floods hit the Abai Region of Kazakhstan in April.                   | physical:abai-region
            Kazakh region of 2022, French    | La région d'Ulytau a été créée en 2022 autour de Jezkazgan.           | physical:ulytau-region
            Khövsgöl border village          | Khankh, in Mongolia, lies on the northern shore of Lake Khövsgöl.       | geonames:2028534
            Genghis Khan's birthplace, French | En Mongolie, Dadal revendique la naissance de Gengis Khan.             | geonames:2032490
            sacred mountain                  | Pilgrims climbed Burkhan Khaldun, Mongolia's holiest mountain.          | physical:burkhan-khaldun
            Issyk-Kul resort strip           | Holidaymakers filled Koshkol, in Kyrgyzstan, in July.                   | curated:koshkol
            uranium village                  | Au Kirghizistan, les habitants de Min-Kouch bloquent la route des mines. | curated:min-kush
            Caspian border town              | Fishermen of Esenguly, in Turkmenistan, saw the sea retreat.            | curated:esenguly
            Dashoguz border town, French     | Au Turkménistan, Gubadag a reçu de nouveaux tracteurs.                 | curated:gubadag
            Murghab river town               | Türkmengala, in Turkmenistan, opened a new school.                      | curated:turkmengala
            Pamir village by China           | Herders of Rangkul, in Tajikistan, lost pastures to China in 2011.      | curated:rangkul
            Surkhob valley seat              | The road through Jirgatol, in Tajikistan, was closed by mudslides.      | geonames:1221802
            Jaihun district seat, French     | Au Tadjikistan, Dousti a inauguré un nouveau mât de drapeau.            | geonames:1221871
            coal town of Surxondaryo         | Miners in Shargun, Uzbekistan, went back to work.                       | curated:shargun
            Syr Darya district seat          | Zhanakorgan, in Kazakhstan, sits on the railway to Kyzylorda.           | geonames:1517323
            Kopet Dag town, its 2018 name    | Carpet weavers of Bäherden, in Turkmenistan, won a prize.              | geonames:162158
            Ak-Suu under its Russian name    | Au Kirghizistan, le sanatorium de Teploklyuchenka accueille des enfants. | geonames:1527232
            Kostanay mining city, spelling   | Iron ore trains left Rudny, in Kazakhstan, every hour.                  | geonames:1519843
            Samarkand Region town, spelling  | Kattakurgan, in Uzbekistan, hosted the cotton fair.                     | geonames:1216982
            Serdar under its Soviet name     | Gyzylarbat, in Turkmenistan, lies on the Trans-Caspian railway.         | geonames:161931
            Issyk-Kul's south shore village  | Kumtor's fuel trucks pass through Tamga, in Kyrgyzstan, every night.    | curated:tamga
            the same village, in French      | Au Kirghizistan, un camion s'est renversé près de Tamga.                | curated:tamga
            Ak-Suu mining village            | Miners' families left Jyrgalan, in Kyrgyzstan, after 1991.              | curated:jyrgalan
            the same village, French form    | Les randonneurs dorment à Djyrgalan, au Kirghizistan, avant le col.     | curated:jyrgalan
            disputed Isfara village (h-security) | Fighting broke out in Khojai-Alo, in Tajikistan's Isfara district, in April 2021. | curated:khojai-alo
            water intake of the 2021 war, French | Les gardes-frontières kirghizes tiennent la prise d'eau de Golovnoï, à Kök-Tach, au Kirghizistan. | landmark:golovnoy-water-intake
            Russian torpedo range            | Russia tests torpedoes at Koy-Sary, near Karakol, in Kyrgyzstan.          | landmark:koy-sary-test-base
            Kazakh–Chinese crossing          | Trucks queued at the Bakhty crossing, in Kazakhstan's Abai region.        | landmark:bakhty-crossing
            Kazakh post at Khorgos           | Trucks crossed at Nur Zholy, in Kazakhstan, on the Chinese border.        | landmark:khorgos
            gold town of the Kyzylkum        | Gold miner Navoi MMC opened a school in Zarafshan, in Uzbekistan's Navoiy region. | curated:zarafshan-uzbekistan
            Toktogul dam's town              | Dam staff in Kara-Köl, in Kyrgyzstan's Jalal-Abad region, were evacuated.  | curated:kara-kol-kyrgyzstan
            the same town, French            | Au Kirghizistan, les ouvriers de Kara-Köl ont réparé les turbines du barrage de Toktogoul. | curated:kara-kol-kyrgyzstan
            pipeline junction, press spelling | Freight trains reach Beineu, in Kazakhstan's Mangystau region, from Uzbekistan. | geonames:610298
            Kyzylorda rail town, French      | Au Kazakhstan, les cheminots de Chieli, dans la région de Kyzylorda, ont fait grève. | geonames:1524801
            Gowurdak by its Soviet name      | Coal from Gaurdak, in Turkmenistan's Lebap province, fed the sulphur plant. | geonames:1219392
            Iran border town, French (h-left1) | Le train du Kazakhstan entre en Iran par Etrek, au Turkménistan.      | curated:etrek
            Gowurdak by its name since 2002 (h-left1) | Gas reaches Magdanly, in Turkmenistan's Lebap province, from the Amu Darya. | geonames:1219392
            Tashkent district                | Residents of Yunusabad, in Tashkent, queued for gas on Monday.          | curated:yunusabad
            Tashkent district, French form   | À Tachkent, les habitants de Tchilanzar ont manifesté contre les coupures. | curated:chilanzar
            Tashkent's airport district      | A fire broke out at a market in Sergeli, south of Tashkent's centre.     | curated:sergeli
            Tashkent's old-city district     | In Tashkent, the Shaykhontohur district court sentenced a blogger.      | curated:shaykhontohur
            district named after the astronomer | Police searched a flat in the Mirzo Ulugbek district of Tashkent.    | curated:mirzo-ulugbek-district
            Astana's tower                   | Crowds gathered under the Bayterek Tower in Astana on Independence Day. | landmark:bayterek-tower
            Astana's mosque, French          | La prière de l'Aïd a réuni des milliers de fidèles à la mosquée Hazret-Sultan, à Astana. | landmark:hazrat-sultan-mosque
            Karakhanid minaret, French       | Les touristes montent en haut de la tour de Burana, près de Tokmok.     | landmark:burana-tower
            Ulaanbaatar district             | Smog is worst in the ger areas of Bayanzürkh, in Ulaanbaatar.           | curated:bayanzurkh
            Ulaanbaatar district, French     | À Oulan-Bator, le district de Bayangol a rouvert ses écoles.            | curated:bayangol-ulaanbaatar
            Foster's tent in Astana          | Shoppers filled the Khan Shatyr for the New Year sales.                 | landmark:khan-shatyr
            Foster's tent, French            | Les familles se pressent au Khan Shatyr, la tente géante d'Astana.       | landmark:khan-shatyr
            Timurid mausoleum (h-history)    | Pilgrims queued at the Yasawi Mausoleum in Turkestan, Kazakhstan.         | landmark:khoja-ahmed-yasawi-mausoleum
            the same, French                 | Au Kazakhstan, le mausolée de Khodja Ahmed Yasavi a été restauré.         | landmark:khoja-ahmed-yasawi-mausoleum
            Bukhara's brick tomb, French     | À Boukhara, le mausolée des Samanides a plus de mille ans.                | landmark:samanid-mausoleum
            proto-urban site, French         | Au Tadjikistan, les fouilles de Sarazm, près de Pendjikent, ont repris.   | landmark:sarazm
            Samarkand's ancient region       | Merchants from Sogdiana traded silk as far as China.                      | physical:sogdiana
            Merv's oasis, French             | Les archéologues étudient la Margiane, au Turkménistan, depuis 1972.     | physical:margiana
            Burana's city, French            | Balassagoun, près de Tokmok, fut une capitale karakhanide.                | landmark:burana-tower
            Kyzylorda's imperial name        | The Russians renamed the fort Perovsk, on the Syr Darya, in 1853.          | geonames:1519922
            Seven Rivers, French             | Les colons russes se sont installés dans le Semiretchie, au Kazakhstan.   | physical:zhetysu-region
            the region by its bare name      | Farmers in Zhetysu, in Kazakhstan, lost their crops to frost.            | physical:zhetysu-region
            Urgench's old city, French       | Au Turkménistan, les minarets de Konye-Ourguentch attirent les pèlerins.  | geonames:601608
            Taraz's Soviet name, French      | L'usine de phosphates de Djamboul, au Kazakhstan, a fermé en 1995.        | geonames:1516905
            Semipalatinsk test massif (h-left3) | Scavengers stripped copper from tunnels at Degelen, in the former test site in Kazakhstan. | physical:degelen
            nuclear crater lake, French      | La radioactivité du lac Tchagan, au Kazakhstan, reste élevée.            | physical:lake-chagan
            Tajik river                      | Pollution of the Kafirnigan worries farmers south of Dushanbe.          | physical:kafirnigan
            Iran–Turkmenistan border river, French | Des responsables turkmènes et iraniens se sont réunis sur le partage des eaux de l'Atrek. | physical:atrek
            coal town by Karaganda (h-towns1) | Coal miners in Saran, near Karaganda, in Kazakhstan, went on strike.    | geonames:1519725
            Taboshar by its 2012 name        | Au Tadjikistan, les résidus d'uranium d'Istiqlol seront recouverts.     | geonames:1514829
            Caspian oil town                 | Oil workers of Hazar, on Turkmenistan's Caspian coast, were paid late.  | curated:hazar-turkmenistan
            the same town by its old name, French | Les pêcheurs de Tcheleken, au Turkménistan, ont vu la mer reculer. | curated:hazar-turkmenistan
            proto-urban site                 | Archaeologists dug at Sarazm, west of Panjakent, in Tajikistan.         | landmark:sarazm
            Naryn coal field                 | Coal from Kara-Keche, in Kyrgyzstan's Naryn region, reached Bishkek.    | curated:kara-keche
            Andijan reservoir town           | Residents of Xonobod, in Uzbekistan's Andijan region, crossed the border. | curated:xonobod
            Sokuluk sugar town               | A fire destroyed a warehouse in Shopokov, west of Bishkek, in Kyrgyzstan. | curated:shopokov
            Uygur district seat, French      | Au Kazakhstan, les sources chaudes de Tchoundja attirent les curistes.  | curated:chundzha
            Tashkent district seat           | Uzbek border guards at Keles, north of Tashkent, checked the trucks.    | curated:keles
            Alakol district seat             | The road from Usharal to Dostyk, in Kazakhstan, was closed by snow.     | curated:usharal
            Astana's satellite town          | New flats were built in Kosshy, on the edge of Astana, in Kazakhstan.   | curated:kosshy
            ALZhIR memorial village          | Visitors laid flowers at the ALZhIR memorial in Akmol, near Astana.     | curated:akmol
            Nazarbayev's birthplace          | Kazakhstan's first president was born in Shamalgan, west of Almaty.     | geonames:1539153
            Akmola wind town, spelling       | Wind turbines turn near Yereymentau, in Kazakhstan's Akmola region.     | geonames:1524302
            Kemin ski town                   | Skiers from Bishkek drove to Orlovka, in Kyrgyzstan's Kemin district.   | curated:orlovka-kyrgyzstan
            Khatlon district by its centre   | In Tajikistan, floods hit Jayhun, near the Afghan border.               | geonames:1221871
            Sughd district by its centre, French | Au Tadjikistan, les cotonniers de Spitamen ont manqué d'eau.        | geonames:1514856
            ski resort village               | Skiers filled the slopes of Takob, north of Dushanbe, in Tajikistan.    | geonames:1220401
            Samarkand district seat, spelling | Farmers in Payshanba, in Uzbekistan's Samarkand region, sold melons.   | geonames:1513011
            Kyzylorda town, spelling         | The cotton gin in Tasboget, in Kazakhstan's Kyzylorda region, closed.   | geonames:1518431
            Kostanay district seat           | Grain trucks left Karabalyk, in Kazakhstan, for the Russian border.     | geonames:1522348
            Zhetysay in French (h-left4)     | Les cultivateurs de coton de Jetissaï, au Kazakhstan, ont manifesté.    | curated:zhetysay
            Kolsay lakes, French (h-ca)      | Au Kazakhstan, les lacs de Kolsaï attirent des milliers de touristes.   | physical:kolsay-lakes
            lake by the Torugart road        | Herders graze yaks around Chatyr-Kul, near the Torugart Pass, in Kyrgyzstan. | physical:chatyr-kul
            Amu Darya drainage lake          | Drainage water from Dashoguz fills Sarygamysh Lake in Turkmenistan.     | physical:sarygamysh-lake
            Kyzylkum lake, French            | En Ouzbékistan, les pêcheurs du lac Aïdarkoul vendent leurs carpes.      | physical:aydar-lake
            Ili valley park                  | Kulans were released in the Altyn-Emel National Park in Kazakhstan.     | landmark:altyn-emel-national-park
            Karakum reserve, French          | Au Turkménistan, la réserve de Repetek protège le saxaoul noir.         | landmark:repetek-reserve
            valley of the 1992 quake, French | Le séisme de 1992 a frappé la vallée de Suusamyr, au Kirghizistan.      | physical:suusamyr-valley
            eastern Pamir lake               | In Tajikistan, a small hydro plant is planned at Yashilkul, in the eastern Pamir. | physical:yashilkul
            Turkmenistan's highest range     | Dinosaur tracks were found in the Köýtendag mountains of Turkmenistan.  | physical:koytendag-range
            the pass without its kind word   | Snow closed the road over Too-Ashuu, in Kyrgyzstan, on Monday.          | physical:too-ashuu-pass
            Isfana by its 2022 name          | In Kyrgyzstan, residents of Razzakov fled the fighting on the Tajik border. | geonames:1222662
            Rasht valley village, French (h-tj2) | Au Tadjikistan, le séisme de 1949 a enseveli Khaït sous la boue.   | curated:hoit-rasht
            Lebap town on the Amu Darya      | Darganata, in Turkmenistan's Lebap province, lies on the Amu Darya.    | curated:darganata
            the same town by its 2003 name   | Until 2017 the town of Birata, in Turkmenistan, kept its new name.     | curated:darganata
            Tajik exclave in Batken          | Tajikistan's exclave of Western Qalacha lies inside Kyrgyzstan's Batken region. | physical:western-qalacha
            Bereket by its old name, French  | Au Turkménistan, les cheminots de Kazandjik ont reçu une nouvelle gare. | geonames:161974
            Zomin by its usual spelling      | Shepherds near Zaamin, in Uzbekistan's Jizzakh region, lost sheep to wolves. | geonames:1215694
            Piskent, Russian-based spelling, French | Au sud de Tachkent, les maraîchers de Pskent vendent leurs melons. | geonames:1512986
            Rasht valley district            | Mudflows blocked the road in Lakhsh, in Tajikistan's Rasht valley.     | geonames:1221802
            Bukhara pottery town, French     | À Gijdouvan, près de Boukhara, les potiers exposent leurs céramiques.  | geonames:1513983
            Andijan border town              | Border guards at Kurgontepa, in Uzbekistan's Andijan region, checked the trucks. | geonames:1513364
            Jizzakh district by its name     | Shepherds in Forish, in Uzbekistan's Jizzakh region, moved to the hills. | geonames:1512355
            Karkaraly by its Russian name, French | Au Kazakhstan, la foire de Koïandy se tenait près de Karkaralinsk. | geonames:1519934
            Zhetibay, press spelling (earlier row) | Oil workers in Zhetybay, in Kazakhstan's Mangystau region, went on strike. | geonames:607551
            Gökdepe, French historical form  | Les troupes de Skobelev prirent Géok-Tépé, au Turkménistan, en 1881.    | curated:gokdepe
            Issyk-Kul's southern range, French | Les glaciers du Terskeï Alataou reculent, au Kirghizistan.          | physical:terskey-alatau
            Issyk-Kul's northern range       | Hikers crossed the Kungey Alatau from Almaty to Issyk-Kul.             | physical:kungey-alatau
            range above the Fergana Valley   | Walnut forests cover the slopes of the Fergana Range in Kyrgyzstan.    | physical:fergana-range
            Zarafshan range, not the river, French | En 2024, des alpinistes ont ouvert une voie dans la chaîne du Zeravchan, au Tadjikistan. | physical:zarafshan-range
            Aral seabed desert               | Dust storms from the Aralkum reached Nukus, in Uzbekistan.            | physical:aralkum-desert
            Karakol's mountain lake          | Hikers reached Ala-Kul from Karakol, in Kyrgyzstan, after two days.    | physical:ala-kul-karakol
            Amu Darya reservoir              | The Tuyamuyun dam on the Amu Darya supplies Khorezm with water.        | physical:tuyamuyun-reservoir
            Pamir seven-thousander, French   | Au Tadjikistan, des alpinistes ont atteint le pic Korjenevskaïa.       | physical:peak-korzhenevskaya
            Pamir Highway pass               | Trucks crawled over the Taldyk Pass between Osh and Sary-Tash, in Kyrgyzstan. | physical:taldyk-pass
            outburst lake                    | Glaciologists warned that Lake Merzbacher may burst again, in Kyrgyzstan. | physical:lake-merzbacher
            Pamir valley, French             | Au Tadjikistan, la vallée du Bartang a été coupée par un glissement de terrain. | physical:bartang-river
            disputed river                   | Kyrgyz and Tajik officials argued over the Isfara River on Monday.       | physical:isfara-river
            Oxus port                        | Archaeologists at Kampyr Tepe, near Termez, in Uzbekistan, found Greek coins. | landmark:kampir-tepe
            village of the 2021 border war   | Tajik soldiers burned houses in Arka, in Kyrgyzstan's Leilek district, in April 2021. | curated:arka-leilek
            Mangystau pilgrimage, French     | Les pèlerins se rendent à la mosquée souterraine de Beket-Ata, au Kazakhstan. | landmark:beket-ata-mosque
            lake of the 1963 mudflow         | A mudflow destroyed Lake Issyk, above Esik, in Kazakhstan, in 1963.     | physical:lake-issyk
            Syr Darya reservoir              | Fishermen on the Shardara Reservoir, in southern Kazakhstan, caught carp. | physical:shardara-reservoir
            snow leopard reserve             | Camera traps in the Sarychat-Ertash reserve, in Kyrgyzstan, filmed snow leopards. | landmark:sarychat-ertash-reserve
            Balkanabat's range               | Oil wells surround the Big Balkhan near Balkanabat, in Turkmenistan.    | physical:big-balkhan
            Pamir seven-thousander (h-exonyms) | Three climbers reached Korzhenevskaya Peak, in Tajikistan, on Monday. | physical:peak-korzhenevskaya
            Almaty's summit, French (h-exonyms) | Le pic Talgar, au-dessus d'Almaty, a été gravi en hiver.           | physical:talgar-peak
            Lenin Peak, Russian form (h-exonyms) | Pik Lenin, on the Kyrgyz–Tajik border, drew 500 climbers this year. | physical:lenin-peak
            Soviet Khujand (h-exonyms)       | The silk mill of Khudzhand, in Tajikistan, reopened.                    | geonames:1514879
            Soviet Andijan (h-exonyms)       | Troops fired on protesters in Andizhan, in Uzbekistan, in May 2005.     | geonames:1514588
            Russian Marg'ilon (h-exonyms)    | Silk weavers in Margelan, in Uzbekistan's Fergana valley, sell ikat.   | geonames:1513243
            Russian Petropavl (h-exonyms)    | Wheat from Petropavlovsk, in northern Kazakhstan, goes to Russia.       | geonames:1520172
            Kamchatka's Petropavlovsk (h-exonyms) | The submarine returned to Petropavlovsk, on Kamchatka, in Russia's Far East. | geonames:2122104
            Kazakh reserve (h-kz2)           | Flamingos nest in the Korgalzhyn Nature Reserve, west of Astana.        | landmark:korgalzhyn-nature-reserve
            the reserve's village, French    | Au Kazakhstan, les ornithologues logent à Korgaljyn avant l'aube.       | landmark:korgalzhyn-nature-reserve
            Bishkek's range                  | Snow fell early on the Kyrgyz Ala-Too above Bishkek.                    | physical:kyrgyz-ala-too
            Tian Shan border range           | Climbers crossed the Kakshaal-Too to reach Jengish Chokusu.            | physical:kakshaal-too
            Ili valley range, French         | Au Kazakhstan, les monts Ketmen marquent la frontière chinoise.         | physical:ketmen-range
            Urals' southern end              | Copper mines dot the Mugodzhar Hills in Kazakhstan's Aktobe region.    | physical:mugalzhar
            Naryn lake by China              | Tourists need a border permit to visit Kel-Suu, in Kyrgyzstan.         | physical:lake-kel-suu
            Alakol basin lake                | Swans nest on Lake Sasykkol, in eastern Kazakhstan.                     | physical:lake-sasykkol
            Naryn range                      | Snow closed the road under the At-Bashy Range, in Kyrgyzstan.          | physical:at-bashy-range
            Bishkek–Osh pass, French         | Au Kirghizistan, le col d'Ala-Bel a été fermé par une avalanche.        | physical:ala-bel-pass
            Zhanaozen by its Soviet name     | Oil workers of Uzen, in Kazakhstan's Mangystau region, went on strike.  | geonames:607610
            Zaysan, press spelling           | Tourists drove to Zaisan, in East Kazakhstan, on the Chinese border.    | geonames:1517060
            Shymkent's border district       | Farmers of Kazygurt, in Kazakhstan's Turkistan region, lost their crop. | curated:kazygurt
            missile town, spelling           | The former missile base at Derzhavinsk, in Kazakhstan, was abandoned.   | geonames:1524606
            Kostanay town, French            | Au Kazakhstan, l'amiante de Jitikara est exportée vers la Chine.         | geonames:1516601
            Ulytau hills (h-kzkg3)           | Archaeologists mapped Bronze Age mines in Ulytau, in central Kazakhstan. | landmark:ulytau-cultural-landscape
            the same, French                 | Au Kazakhstan, les mausolées d'Oulytaou attirent les pèlerins.          | landmark:ulytau-cultural-landscape
            Alatau plateau, French           | Au Kazakhstan, les Almatois pique-niquent sur le plateau de Kok-Jaïlaou. | physical:kok-zhailau
            Kemin valley park, French        | Au Kirghizistan, les raftings partent de la vallée de Tchon-Kemin.      | landmark:chong-kemin-nature-park
            ski resort, French form          | Au Kazakhstan, la station de Chimboulak a ouvert sa saison.             | landmark:shymbulak
            Shelek by its Russian name, French | Au Kazakhstan, les vergers de Tchilik ont gelé en avril.             | curated:shelek
            Burabay resort, French           | Au Kazakhstan, les sanatoriums de Borovoïe affichent complet.           | geonames:1525126
            Pavlodar lakes resort, French    | Au Kazakhstan, les touristes campent à Bayanaoul en juillet.            | geonames:1525650
            Batken coal town, French         | Au Kirghizistan, la mine de Kyzyl-Kiïa a fermé en 2020.                  | geonames:1527719
            Tong district seat, French       | Au Kirghizistan, les chasseurs à l'aigle se retrouvent à Bokonbaïevo.    | geonames:1528666
            uranium mine                     | Production at Inkai, in southern Kazakhstan, was suspended in January.  | landmark:inkai-uranium-mine
            Altai lake, French               | Au Kazakhstan, le lac Markakol gèle dès novembre.                       | physical:lake-markakol
            Altai national park              | Snow leopards were filmed in Katon-Karagay, in East Kazakhstan.         | landmark:katon-karagay-national-park
            Karaganda region park            | Hikers filled the Karkaraly National Park, in Kazakhstan, in August.    | landmark:karkaraly-national-park
            Almaty's national park, French   | Au Kazakhstan, le parc national de l'Ile-Alataou a fermé ses sentiers.  | physical:trans-ili-alatau
            glacier village, French          | Au Kirghizistan, les alpinistes partent d'Inyltchek vers le glacier.    | curated:engilchek
            Chatkal valley's seat            | Gold miners in Chatkal, in Kyrgyzstan's Jalal-Abad region, went on strike. | geonames:1528190
            test site by Semey's name        | Cancer rates stay high near the Semey Nuclear Test Site, in Kazakhstan. | landmark:semipalatinsk-test-site
            Pamir district by its name (h-ca3) | Landslides cut the road in Darvaz district, in Gorno-Badakhshan.      | geonames:1221559
            Tavildara district's 2016 name   | Floods hit Sangvor, in Tajikistan's Rasht valley.                       | geonames:1220324
            Darband's district, Tajik Nurobod | President Rahmon opened a school in Nurobod, in the Rasht valley of Tajikistan. | geonames:1221250
            the same by its Soviet name      | Opposition fighters took Komsomolabad, in Tajikistan, in 1996.          | geonames:1221250
            Vanj, Russian-based, French      | Les habitants de Vanch, dans le Haut-Badakhchan, ont manqué d'eau.      | geonames:1220210
            Rushon by its local name         | Protesters gathered in Vamar, in Gorno-Badakhshan, on Monday.           | geonames:1220685
            Qalaikhumb, French               | Au Tadjikistan, la route de Kalaï-Khoumb a été rouverte.                | geonames:1221559
            the pass without its kind word   | Trucks crossed Akbaital, the highest pass of the Pamir Highway, in Tajikistan. | physical:ak-baital-pass
            Karakum's dry river, French      | Au Turkménistan, l'Ouzboï asséché traverse le Karakoum.                 | physical:uzboy
            Sarez Lake's landslide dam       | Engineers inspected the Usoi Dam in Tajikistan's Pamirs.                | physical:lake-sarez
            Takob's ski resort, French       | La station de Safed Dara, au Tadjikistan, a ouvert sa saison.           | geonames:1220401
            Bronze Age site, French          | Au Turkménistan, les fouilles ont repris à Altyn-Dépé.                  | landmark:altyndepe
            Misrian plain ruins              | Pilgrims visit the minarets of Dehistan, in Turkmenistan's Balkan province. | landmark:dehistan-misrian
            Serdar by its Soviet name        | The railway reached Kizyl-Arvat, in Turkmenistan, in 1881.              | geonames:161931
            Afghan border town, French       | Les camions afghans passent par Serkhetabat, au Turkménistan.           | geonames:1219377
            Magdanly by its old name, French | Les mineurs de Gaourdak, au Turkménistan, ont reçu leurs salaires.      | geonames:1219392
            Bukhara's minaret, French        | À Boukhara, les touristes photographient le minaret Kalon.              | landmark:poi-kalyan
            Namangan town, Uzbek spelling    | Workers at Uchqorgon, in Uzbekistan's Namangan region, went on strike.  | geonames:1512501
            """)
    void resolves(String name, String text, String expectedId) throws Exception {
        assertThat(parse(text).stream().map(r -> r.entry().id())).as(name).contains(expectedId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            geologist named like the town    | In Kazakhstan, the geologist Kanysh Satpayev founded the Academy. | curated:satbayev
            university named after him       | Satbayev University in Almaty opened a new laboratory.            | curated:satbayev
            boxer's first name               | In Kyrgyzstan, the boxer Maksat Zhakypov won gold.                | curated:maksat-leilek
            deputy's surname                 | In Bishkek, deputy Almaz Baetov spoke on Monday.                  | geonames:1528766
            singer named Nisa                | In Turkmenistan, the singer Nisa Karimova sang in Ashgabat.       | landmark:nisa-fortresses
            hero the village is named after  | In Kyrgyzstan, the soldier Nikolai Ananyev is still honoured.     | curated:ananyevo
            singer's first name              | In Tashkent, the singer Nurafshon Karimova gave a concert.            | geonames:1512524
            wrestler's first name            | In Ashgabat, the wrestler Esenguly Orazov won the final.              | curated:esenguly
            the domed cistern, a common noun | Restorers cleaned the brick sardoba on the old caravan road.          | landmark:sardoba-reservoir
            a clan's mark, a common noun     | Each Kazakh clan branded its horses with its own tamga.               | curated:tamga
            the same noun, in French         | Au Kazakhstan, chaque clan avait sa tamga, gravée sur les rochers.    | curated:tamga
            official's surname               | In Moscow, Mr Golovnoy told reporters the talks were useful.          | landmark:golovnoy-water-intake
            the river, not the gold town     | The Zarafshan River waters the oases of Samarkand and Bukhara.        | curated:zarafshan-uzbekistan
            the Pamir lake, not the dam town | Lake Kara-Kul lies on the Pamir Highway in Tajikistan.                | curated:kara-kol-kyrgyzstan
            the astronomer, not his district | The astronomer Mirzo Ulugbek built an observatory in Samarkand.     | curated:mirzo-ulugbek-district
            the state holding, not the tower | The Baiterek holding will lend money to farmers in Kazakhstan.      | landmark:bayterek-tower
            the Sufi poet, not his mausoleum | The poet Khoja Ahmed Yasawi founded a Sufi order in Kazakhstan.       | landmark:khoja-ahmed-yasawi-mausoleum
            the emir, not his mausoleum      | In Bukhara, Ismail Samani founded the Samanid state.                | landmark:samanid-mausoleum
            actress's first name (h-towns1)  | In Istanbul, the actress Hazar Ergüçlü won an award.                | curated:hazar-turkmenistan
            footballer's surname             | In Istanbul, the midfielder Ahmet Keles scored twice.                 | curated:keles
            Turkey's Keles, not Tashkent's   | The Turkish town of Keles, in Bursa province, lies south of Bursa.    | curated:keles
            Yemen's Lahij, not Azerbaijan's  | Lahij, north of Aden, was shelled on Tuesday, Yemeni officials said.  | curated:lahij
            Stavropol's Orlovka, not Kemin's | Police detained two men in Orlovka, in Russia's Stavropol Krai.       | curated:orlovka-kyrgyzstan
            a person named Saran             | In London, the writer Saran Kaur read from her novel.                 | geonames:1519725
            Ukrainian battalion (h-ca)       | In Ukraine, the Aidar battalion fought near Luhansk.                  | physical:aydar-lake
            Sarıkamış in Turkey, not the lake | The battle of Sarykamysh in 1914 cost the Ottoman army dearly.       | physical:sarygamysh-lake
            Kyrgyz town Kaindy, not the lake | Residents of Kaindy, in Kyrgyzstan's Chüy region, protested on Monday. | physical:lake-kaindy
            the statesman, not the town      | In Bishkek, a statue of Iskhak Razzakov was unveiled on Monday.      | geonames:1222662
            a Kyrgyz surname                 | In Kyrgyzstan, the economist Ulan Razzakov criticised the budget.    | geonames:1222662
            Kazakhstan's Alakol, not Ala-Kul | Tourists swam in Lake Alakol, in eastern Kazakhstan, in July.        | physical:ala-kul-karakol
            the river, not its range         | The Zarafshan River waters the oases of Samarkand and Bukhara.       | physical:zarafshan-range
            the town, not its mountains      | Nurata, in Uzbekistan, has a fortress said to be built by Alexander. | physical:nuratau-mountains
            the steppe, not the village      | The Sary-Arka steppe of Kazakhstan is vast.                          | curated:arka-leilek
            a Turkish street name            | In Istanbul, the Arka Sokak cafe opened on Monday.                   | curated:arka-leilek
            Issyk-Kul, not the Kazakh lake   | Tourists swam in Lake Issyk-Kul, in Kyrgyzstan, in July.             | physical:lake-issyk
            the same, in French              | Les touristes se baignent dans le lac Issyk-Koul, au Kirghizistan.   | physical:lake-issyk
            Kirov city, not the reservoir (h-kz2) | The Kirov plant in Saint Petersburg builds tractors.            | physical:kirov-reservoir
            the hoe, not the range           | Farmers in Kyrgyzstan dig canals with a ketmen, a heavy hoe.         | physical:ketmen-range
            a Kyrgyz product range           | The Kyrgyz range of felt slippers sold well in Paris.               | physical:kyrgyz-ala-too
            Ulaanbaatar's memorial, not Zaysan | Flats rose below the Zaisan Memorial in Ulaanbaatar, Mongolia.     | geonames:1517060
            the Volga's Uzen rivers, not Zhanaozen | The Bolshoy Uzen flows from Russia's Saratov region into Kazakhstan. | geonames:607610
            Kyrgyz intake, not the Vakhsh dam (h-tj2) | Kyrgyz border guards hold the Golovnoy water intake at Kök-Tash. | landmark:golovnaya-dam
            Bokhtar's old name, not Kurgontepa | Kurgan-Tyube, now Bokhtar, is the capital of Khatlon, in Tajikistan. | geonames:1513364
            Turksib's Lepsy, not Lepsinsk (h-kzkg3) | Trains stop at Lepsy, on the Turksib railway in Kazakhstan.      | curated:lepsinsk
            Karkaraly town, not its park     | Residents of Karkaraly, in Kazakhstan's Karaganda region, lost power. | landmark:karkaraly-national-park
            the Chatkal range, not its valley town | La chaîne de Tchatkal domine Angren, en Ouzbékistan.             | geonames:1528190
            Ulytau region, not the hills     | La région d'Ulytau a été créée en 2022 autour de Jezkazgan.          | landmark:ulytau-cultural-landscape
            Dutch supermarket, not Rushon (h-ca3) | In Amsterdam, the Vomar supermarket chain opened a new store.   | geonames:1220685
            a person named Roushan           | In Dhaka, the actress Roushan Ara Begum received an award.             | geonames:1220685
            the gas crater, not Darvoz district | Tourists camped by the Darvaza gas crater in Turkmenistan.          | geonames:1221559
            the range, not its district seat | The Darvaz Range separates the Rasht valley from the Panj.             | geonames:1221559
            India's Kalyan, not Bukhara's minaret | Trains stop at Kalyan, near Mumbai, in India.                     | landmark:poi-kalyan
            the river in French, not the gold town | Le Zarafchan traverse Samarcande et Boukhara.                    | curated:zarafshan-uzbekistan
            Samarkand's Nurobod, not Tajik Darband | Farmers in Nurobod, in Uzbekistan's Samarkand region, harvested cotton. | geonames:1221250
            """)
    void aPersonsNameOrACommonNounIsNotThePlace(String name, String text, String placeId) throws Exception {
        assertThat(parse(text).stream().map(r -> r.entry().id())).as(name).doesNotContain(placeId);
    }

    @Test
    void theMausoleumNamedAfterItsTownLeavesTheTownItsOwnMention() throws Exception {
        // « le mausolée de Yasavi à Turkestan »: the site is found, and « Turkestan » is still the town, not the site.
        List<ResolvedMention> places = parse("Les pèlerins se recueillent au mausolée de Yasavi à Turkestan, au Kazakhstan.");
        assertThat(places.stream().map(r -> r.entry().id())).contains("landmark:khoja-ahmed-yasawi-mausoleum");
        assertThat(written(places, "Turkestan").entry().id()).isEqualTo("geonames:1517945");
    }
}
