package org.articleatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.articleatlas.model.MentionUse;
import org.articleatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The traps of French and English place names, one small text each. */
class GeoparseTrapsTest {

    @TempDir
    Path dir;

    private List<ResolvedMention> parse(String text) throws Exception {
        return RealAtlas.places(dir, text);
    }

    private List<String> ids(String text) throws Exception {
        return parse(text).stream().map(r -> r.entry().id()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            elision l'                  | Les troupes ont quitté l'Afghanistan en 2021.                   | country:AF
            elision d'                  | Il revient d'Ouzbékistan par la route.                          | country:UZ
            no accent                   | Les Etats-Unis et la Chine négocient.                           | country:US
            typographic apostrophe      | Le chef d’état-major est allé en Russie, puis à l’est de l’Ukraine. | country:UA
            hyphenated exonym           | Le sommet s'est tenu à Saint-Pétersbourg, en Russie.             | geonames:498817
            Kirghizstan spelling        | Le Kirghizstan a fermé sa frontière.                            | country:KG
            Crawford au Texas           | Bush a reçu Poutine dans son ranch à Crawford au Texas.         | curated:crawford-texas
            English Crawford, Texas     | Putin visited Crawford, Texas, in 2001.                         | curated:crawford-texas
            Geneva in English           | The two presidents met in Geneva in June.                       | geonames:2660646
            passe behind La Passe       | Les camions attendent sur la route de la passe de Khyber.       | physical:khyber-pass
            U.S. as the noun            | The U.S. and China signed the deal.                             | country:US
            U.S. before a verb          | Last year the U.S. warned Moscow twice.                         | country:US
            Europe as a continent       | Les exportations vers l'Europe ont chuté.                       | physical:europe
            Gulf of Aden not Aden       | Pirates attacked a tanker in the Gulf of Aden.                  | physical:gulf-of-aden
            Birmanie for Myanmar        | La junte de Birmanie a reçu une délégation russe.                | country:MM
            Burma for Myanmar           | Russia sold fighter jets to Burma last year.                    | country:MM
            French soft-sign spelling   | Les forces spéciales ont bouclé un quartier de Naltchik.         | geonames:523523
            joined press spelling       | Au Pakistan, l'armée a bouclé Miranshah avant l'aube.            | geonames:1170367
            region by its press name    | In Kazakhstan, gas output in Mangystau fell by a tenth.         | admin1:KZ-09
            Arctic archipelago          | Russia built a new runway on Franz Josef Land.                  | physical:franz-josef-land
            French Arctic peninsula     | Le gaz de la péninsule de Iamal part par méthanier.             | physical:yamal-peninsula
            Kuril island                | Des missiles ont été déployés sur Itouroup.                     | physical:iturup
            informal tribal region      | Drone strikes resumed over North Waziristan.                    | physical:north-waziristan
            sea in French               | Des navires houthis patrouillent en mer Rouge.                  | physical:red-sea
            a two-letter peak           | Climbers reached the summit of K2 on Friday.                    | physical:k2
            a two-letter river          | Barges sail down the Ob to Salekhard.                           | physical:ob-river
            the Swat valley by its bare name | Tourists returned to Swat after the floods, officials in Pakistan said. | physical:swat-valley
            a dateline in capitals      | OSH, Kyrgyzstan — Prices rose again this week.                  | geonames:1527534
            the island a village lies on places it | Rogachevo, on Novaya Zemlya, hosts an air base.     | curated:rogachevo-novaya-zemlya
            a word of water ending the sentence before | Les fermes sont près de la rivière. Achgabat n'a pas répondu. | geonames:162183
            two names after a verb of going through | Au Pakistan, les camions ont traversé Sadda et Alizai sous escorte. | geonames:1184626
            the same, in English        | In Pakistan, the convoy drove through Sadda and Alizai at night. | geonames:1184626
            a town named after its river | In Uzbekistan, Zarafshan was built in the 1960s for the gold mine. | curated:zarafshan-uzbekistan
            names sharing a plural river noun | The Chu and Talas rivers flow from Kyrgyzstan into Kazakhstan. | physical:talas-river
            the same, in French        | Les rivières Tchou et Talas traversent le Kirghizistan.          | physical:talas-river
            names sharing a plural lake noun, French | Le Kazakhstan mise sur les lacs de Kolsaï et de Kaïndy. | physical:lake-kaindy
            the climbers' Concordia, not Argentina's | Porters carried our loads up the Baltoro Glacier to Concordia, below K2. | physical:concordia-karakoram
            the Ossetian district by its bare name | Ingush families who fled Prigorodny in 1992 still cannot return to North Ossetia. | physical:prigorodny-district-north-ossetia
            Florida's Saint-Pétersbourg, in French | L'ouragan a touché terre en Floride avant de remonter vers Tampa et Saint-Pétersbourg. | geonames:4171563
            of namesakes alike, the one by the other places | In Mongolia, herders from Khujirt took their flocks up the Orkhon valley toward Kharkhorin. | geonames:2030428
            the river by its water word | Farmers along the Zarafshan near Samarkand need more water.     | physical:zeravshan
            pass of the Pamir Highway   | Trucks crawled over the Koi-Tezek Pass in the snow.             | physical:koi-tezek-pass
            French island of Baikal     | Les touristes affluent sur l'île d'Olkhon chaque été.           | physical:olkhon
            Yakut village of the cold   | En Russie, Oïmiakon a relevé -58 °C près de Iakoutsk cette semaine. | curated:oymyakon
            Ulaanbaatar's mining exclave | In Mongolia, the coal trains from Baganuur were late again.      | curated:baganuur
            Caspian ferry port          | Au Kazakhstan, les ferries de Kouryk partent vers Alat.          | curated:kuryk
            Armenian mining town        | Armenia's Kajaran smelter lies in Syunik, near Kapan.            | curated:kajaran
            new Mongolian airport       | Her flight landed at Chinggis Khaan International Airport late.  | landmark:chinggis-khaan-international-airport
            ESPO pipeline terminal      | Les tankers chargent au terminal de Kozmino pour la Chine.       | landmark:kozmino-oil-port
            Afghan-Pakistani crossing   | Trucks queued for days at the Ghulam Khan border crossing.       | landmark:ghulam-khan-crossing
            Karakum gas crater          | Les touristes campent au bord du cratère de Darvaza.             | physical:darvaza-gas-crater
            Georgian region, press name | Les vignerons de l'Imérétie, en Géorgie, ont vendangé tôt.       | admin1:GE-66
            prisoner exchange airfield  | The freed Americans landed at Joint Base Andrews at midnight.   | landmark:joint-base-andrews
            town before its country     | Officials in Kursk and Moscow said Kurchatov in Kazakhstan kept its reactor. | geonames:1520885
            small town, one reading, before its country | Des secouristes sont arrivés à Oymyakon, en Russie, après trois jours. | curated:oymyakon
            listed village before its country | The convoy left Sabetta, in Russia, on Monday with two tankers. | curated:sabetta
            village of 37 people, listed    | Trekkers walked from Telavi to Omalo, high in the mountains of Georgia. | curated:omalo
            village placed by a nearby town | Residents of Aygepar, near Berd, said shells hit the school.     | curated:aygepar
            village placed by a town, French | Le village de Tamarasheni, au nord de Tskhinvali, a brûlé en 2008. | curated:tamarasheni
            Azerbaijani q as g          | Protesters gathered in Sumgayit, north of Baku, on Sunday.      | geonames:584923
            Uzbek o as a, q as k        | Rusted trawlers lie in the sand at Moynak, in Uzbekistan.       | geonames:829962
            Kazakh Zh as Dzh            | The capsule landed near Dzhezkazgan in Kazakhstan.              | geonames:1516589
            Arabic article dropped      | Russian jets struck Raqqa again, the Syrian army said.          | geonames:172955
            called a town               | Scientists travelled to the town of Verkhoyansk, in Russia's north. | geonames:2013465
            region named by « celle de » | Le Kazakhstan a décrété l'urgence dans trois régions, dont celle de Kostanay. | admin1:KZ-13
            Kazakh region, press form   | Floods closed roads across Aktobe Region in Kazakhstan.         | admin1:KZ-04
            Kamchatka volcano           | Le volcan Klioutchevskoï est entré en éruption au Kamtchatka.   | physical:klyuchevskaya-sopka
            seat of unknown population  | Uyghur families near Ghulja have had no news, and China is silent. | geonames:1529013
            Mongolian h as kh           | Herders sold their sheep in Sükhbaatar, in Mongolia, on Friday. | geonames:2029156
            Georgian q as k             | The grape harvest began in Kvareli, in Kakheti, on Monday.      | geonames:612338
            unnamed institute in a town | Selon un institut de Washington, les images sont nettes.       | geonames:4140963
            capital of Hunza            | Les touristes sont bloqués à Karimabad, au Pakistan.            | curated:karimabad
            Ulaanbaatar's square        | Protesters filled Sükhbaatar Square in the capital.             | landmark:sukhbaatar-square
            river of the Swat Valley    | Tourists were swept away by the Swat River near Mingora.      | physical:swat-river
            border crossing of San Diego | Migrants from Tijuana queued for hours at San Ysidro, south of San Diego. | landmark:san-ysidro-port-of-entry
            Baku's new port             | Ferries from Aktau now dock at Alat, in Azerbaijan, south of Baku. | curated:alat
            town naming its airport     | Pakistan reopened Gwadar International Airport on Monday.       | geonames:1177446
            coast of Baluchistan        | Chinese trawlers fish off the Makran coast, fishermen say.      | physical:makran-coast
            tribal district of Pakistan | Les violences ont repris dans le district de Kurram, au Pakistan. | physical:kurram-valley
            Bishkek's bazaar named after Osh | Traders at Osh Bazaar in Bishkek raised prices on Friday. | landmark:osh-bazaar
            French lake of Hunza        | Les bateaux traversent le lac d'Attabad depuis 2010.            | physical:lake-attabad
            Altai Republic by its kind  | Les incendies ont gagné la république de l'Altaï mardi soir.    | admin1:RU-03
            Altai Krai by its kind      | Les éleveurs du kraï de l'Altaï réclament des aides.           | admin1:RU-04
            Krasnoyarsk region          | Smoke from fires in the Krasnoyarsk region reached Tomsk.      | admin1:RU-91
            Kola bomber base            | Satellite images showed four bombers parked at Olenya air base. | landmark:olenya-air-base
            Irkutsk bomber base, French | Des drones ont frappé la base de Belaïa, en Sibérie orientale.  | landmark:belaya-air-base
            Yerevan's airport           | His plane from Paris landed at Zvartnots shortly after midnight. | landmark:zvartnots-airport
            Chitral's road tunnel       | Snow closed the road to the Lowari Tunnel for a week.          | landmark:lowari-tunnel
            Aral dike, French           | La digue de Kokaral retient l'eau du Syr-Daria depuis 2005.     | landmark:kokaral-dam
            Ahal's new capital          | Officials moved into new offices in Arkadag, west of Ashgabat. | curated:arkadag
            Frankfurt's short French name | Le vol pour Francfort a été annulé à cause de la grève.      | geonames:2925533
            Kazakh part of the Aral     | Les pêcheurs de la petite mer d'Aral ont repris la mer en mai. | physical:north-aral-sea
            Saint Petersburg's airport  | Flights out of Pulkovo were suspended after a drone alert.     | landmark:pulkovo-airport
            Kazakh-Chinese rail crossing | Container trains wait at Dostyk, in Kazakhstan, for days.| geonames:1524537
            Bashkir river by its kind   | Floods on the Belaya River reached Ufa on Friday.              | physical:belaya-river
            Altai lake in French        | Les pêcheurs du lac Teletskoïe attendent la débâcle.            | physical:lake-teletskoye
            Iran's oil island           | Tankers loaded crude at Kharg Island on Monday.                 | physical:kharg-island
            Yenisei estuary in French   | Les brise-glace ouvrent le golfe de l'Ienisseï jusqu'à Doudinka. | physical:yenisei-gulf
            Kamchatka volcano by Petropavlovsk | Ash from Koryaksky fell on Petropavlovsk-Kamchatsky overnight. | physical:koryaksky
            Gulf island with its kind   | Iran built a new runway on Abu Musa Island, the Emirates said.  | physical:abu-musa
            Karakoram eight-thousander  | Un alpiniste est mort sur le Gasherbrum II, au Pakistan.        | physical:gasherbrum-i
            French spelling of a range  | Les bergers kirghiz montent au Tian-Chan chaque printemps.      | physical:tian-shan
            Kabul's airport by its 2014 name | Thousands crowded the gates of Hamid Karzai International Airport in August. | landmark:hamid-karzai-international-airport
            Astana's airport, French    | L'avion s'est posé à l'aéroport Noursoultan-Nazarbaïev vers midi. | landmark:nursultan-nazarbayev-international-airport
            enrichment plant, French    | Les inspecteurs de l'AIEA ont été reçus à Fordo lundi.          | landmark:fordow
            Helmand base                | British troops left Camp Bastion in October 2014.              | landmark:camp-bastion
            Afghan-Tajik crossing       | Les camions passent par Sher Khan Bandar, au nord de Kunduz.    | landmark:sher-khan-bandar
            press spelling of Shahritus | Au Tadjikistan, la route de Shaartuz a été coupée.              | geonames:1220576
            Iranian border town         | Protesters marched in Saravan, in south-eastern Iran, on Friday. | curated:saravan
            Batken border village, French | Des tirs ont été signalés à Kok-Tach, dans la région de Batken. | curated:kok-tash-batken
            Pamir glacier, French       | Des glaciologues mesurent le recul du glacier Fedtchenko, au Tadjikistan. | physical:fedchenko-glacier
            disputed Gulf island        | Iran held naval drills off Greater Tunb on Tuesday, the Emirates said. | physical:greater-tunb
            Aral test-site island, French | Les laboratoires de l'île de la Renaissance, dans la mer d'Aral, sont à l'abandon. | physical:vozrozhdeniya-island
            Tibetan lake                | Pilgrims camped on the shore of Lake Namtso, north of Lhasa.    | physical:lake-namtso
            Vladivostok's island, French | Le forum économique s'est ouvert sur l'île Rousski, à Vladivostok. | physical:russky-island
            Angara reservoir            | Forest fires reached the shores of the Bratsk Reservoir in July. | physical:bratsk-reservoir
            Vakhsh reservoir by its dam's name | The Nurek Reservoir fell to a record low in March, in Tajikistan. | landmark:nurek-dam
            Rhine in French             | Les péniches descendent le Rhin jusqu'à Rotterdam.              | physical:rhine
            Swiss lake in French        | Le sommet s'est tenu au bord du lac Léman, à Genève.            | physical:lake-geneva
            département holding « Rhin » | Le préfet du Bas-Rhin a reçu les maires à Strasbourg.          | admin1:FR-44
            département holding « Alpes » | Les pompiers des Alpes-Maritimes luttent contre le feu.       | admin1:FR-93
            Kamchatka geyser field, French | Un hélicoptère a déposé les touristes dans la vallée des Geysers, au Kamtchatka. | physical:valley-of-geysers
            Kashmir-Ladakh pass         | Snow closed the Zojila Pass between Srinagar and Leh on Tuesday. | physical:zoji-la
            Sistan wetlands             | Iran blamed the Taliban for the drying of the Hamun wetlands.   | physical:hamun-lake
            Baltic island               | The Nord Stream leaks were found off Bornholm, Denmark said.    | physical:bornholm
            Kuril volcano by its town   | Ash from the Ebeko volcano fell on Severo-Kurilsk overnight.    | physical:ebeko
            B61 base in Belgium (h-security) | B61 bombs are stored at Kleine Brogel, in Belgium.           | landmark:kleine-brogel-air-base
            US base in the Eifel            | F-16s left Spangdahlem for Poland on Monday.                    | landmark:spangdahlem-air-base
            Norway's crossing into Russia   | Norway kept Storskog, near Kirkenes, open to Russians.          | landmark:storskog-crossing
            Estonian air base               | German Eurofighters landed at Ämari, in Estonia.                | landmark:amari-air-base
            Russian air base in Yerevan, French | Les MiG-29 russes sont basés à l'aéroport d'Erebouni, à Erevan. | landmark:erebuni-airport
            US bomber base abroad, Iraq     | Iranian missiles struck Ain al-Asad in January 2020.            | landmark:al-asad-airbase
            Pacific Fleet harbour           | The attack on Pearl Harbor brought the United States into the war. | landmark:pearl-harbor
            Finnish EPR                 | The Olkiluoto 3 reactor reached full power in Finland.          | landmark:olkiluoto-nuclear-power-plant
            Somerset EPR, French        | Le chantier d'Hinkley Point, en Angleterre, prend du retard.    | landmark:hinkley-point-c
            Turkish nuclear plant       | Rosatom loaded fuel at Akkuyu, in Turkey's Mersin province.     | landmark:akkuyu-nuclear-power-plant
            Louisiana LNG terminal      | The first cargo left Sabine Pass, Louisiana, in 2016.           | landmark:sabine-pass-lng
            Swedish nuclear village     | Forsmark, north of Uppsala, detected Chernobyl's fallout first. | curated:forsmark
            Austrian gas hub            | Russian gas reaches Baumgarten an der March, in Austria.        | landmark:baumgarten-gas-hub
            a gulf after "the"          | Tankers sail from Sabetta on the Gulf of Ob to China.           | physical:gulf-of-ob
            province after its town     | A new bridge links Tongjiang, in Heilongjiang, with Russia.     | admin1:CN-08
            name listed in lower case   | Les habitants du district de Mirzo-Oulougbek, à Tachkent, ont manifesté. | curated:mirzo-ulugbek-district
            village in its gorge        | Refugees returned to Duisi, in the Pankisi Gorge.               | curated:duisi
            village in its region       | Shelling hit Karintak, in Nagorno-Karabakh, overnight.          | curated:karintak
            village in its region, French | Les soldats ont fouillé Datta Khel, dans le Waziristan du Nord. | curated:datta-khel
            autonomous republic         | Troops moved into the Nakhchivan Autonomous Republic on Monday. | admin1:AZ-35
            autonomous okrug            | Oil output in the Khanty-Mansi Autonomous Okrug fell.           | admin1:RU-32
            autonomous region in full   | Officials in the Tibet Autonomous Region said.                  | admin1:CN-14
            French autonomous republic  | Les troupes sont entrées dans la république autonome du Nakhitchevan. | admin1:AZ-35
            Rügen port, French          | Le terminal méthanier de Mukran, sur l'île de Rügen, a reçu un navire. | landmark:mukran-port
            Greek LNG port, press form  | A floating LNG terminal opened off Alexandroupolis, in Greece.  | geonames:736928
            Belarusian nuclear town     | The Astravets nuclear plant in Belarus restarted.               | geonames:623941
            Kaliningrad's Ozyorsk, not Mayak's | Residents of Ozyorsk, in the Kaliningrad region, complained about the roads. | geonames:513406
            village paired with one we lack | Near Tskhinvali, in Georgia, villagers in Ergneti and Ditsi fear the fence. | curated:ergneti
            the same, French               | Près de Tskhinvali, en Géorgie, les habitants d'Ergneti et de Ditsi ont peur. | curated:ergneti
            village of a country named     | In Pakistan, tourists visit Bumburet.                     | curated:bumburet
            the Gulf of Bothnia, not the Persian Gulf (h-left3) | Ships sailed the Gulf of Bothnia in winter. | physical:gulf-of-bothnia
            French range                    | Wildfires spread across the Pyrenees during the heatwave.       | physical:pyrenees
            Alps' summit, French            | Deux alpinistes sont morts sur le mont Blanc après un orage.    | physical:mont-blanc
            Alaska's peak                   | Rangers rescued a climber stranded on Denali in Alaska.         | physical:denali
            Atlantic gulf, French           | Un cargo a sombré dans le golfe de Gascogne pendant la tempête. | physical:bay-of-biscay
            US national park                | A bison gored a tourist in Yellowstone National Park on Sunday. | physical:yellowstone-national-park
            Californian valley, French      | La température a atteint 54 degrés dans la vallée de la Mort lundi. | physical:death-valley
            Florida wetland                 | A migrant detention centre was built in the Everglades.         | physical:everglades
            Pacific gulf, French            | Un séisme de magnitude 7 a frappé le golfe d'Alaska dans la nuit. | physical:gulf-of-alaska
            Danish strait                   | A tanker ran aground in the Skagerrak off Norway.               | physical:skagerrak
            Danish–Swedish strait, French   | Des plongeurs ont trouvé un câble sectionné dans l'Øresund.     | physical:oresund
            Finnish lake                    | Ringed seals on Lake Saimaa are still endangered.               | physical:lake-saimaa
            Louisiana bomber base           | Two B-52s took off from Barksdale Air Force Base on Friday.     | landmark:barksdale-air-force-base
            Washington State sound          | Orcas were spotted in Puget Sound near Seattle.                 | physical:puget-sound
            the Arctic strait, not Kara in Togo | An icebreaker led the convoy through the Kara Strait.       | physical:kara-strait
            French presidency by its palace (h-west) | L'Élysée a démenti toute médiation avec Téhéran.     | landmark:elysee-palace
            British government by its street | Downing Street said the sanctions would stay in place.      | landmark:downing-street
            French foreign ministry by its quay | Le Quai d'Orsay a convoqué l'ambassadeur d'Iran.         | landmark:quai-d-orsay
            Trump's Florida club            | The Kazakh president was received at Mar-a-Lago on Friday.     | landmark:mar-a-lago
            Istanbul palace, French         | Erdogan a reçu le ministre russe au palais de Dolmabahçe.      | landmark:dolmabahce-palace
            Commission by its building      | Officials at the Berlaymont drafted a new sanctions package.   | landmark:berlaymont
            New York jail                   | He spent a year at Rikers Island awaiting trial.               | landmark:rikers-island
            101st Airborne's post           | Soldiers from Fort Campbell, Kentucky, deployed to Poland.     | landmark:fort-campbell
            British bomber base             | Four B-52s landed at RAF Fairford on Tuesday.                  | landmark:raf-fairford
            Spanish naval base              | Naval Station Rota will host two more US destroyers.           | landmark:naval-station-rota
            Minsk summit palace             | Putin and Lukashenko met at the Palace of Independence in Minsk. | landmark:independence-palace-minsk
            CIA by its Virginia home        | Analysts in Langley, Virginia, briefed the president.          | curated:langley-virginia
            Langley in Canada stays there   | Traffic was heavy in Langley, British Columbia, east of Vancouver. | geonames:6049429
            Fort Hood by its 2023 name      | Troops from Fort Cavazos, Texas, left for Germany.             | geonames:7261291
            Helsinki Final Act's hall       | The 1975 accords were signed at Finlandia Hall.                | landmark:finlandia-hall
            Pamir town, not the river (h-features) | In Murghab, in Gorno-Badakhshan, the winter was harsh.    | geonames:1220962
            Pamir town in French, not the river | Le marché de Mourghab, dans le Haut-Badakhchan, manque de farine. | geonames:1220962
            Kunduz city, not the river      | Des combats ont eu lieu à Koundouz, dans le nord de l'Afghanistan. | geonames:1135689
            Armenian town, not the river    | Le maire d'Akhourian, dans la province de Chirak, a démissionné. | geonames:616989
            """)
    void resolves(String name, String text, String expectedId) throws Exception {
        assertThat(ids(text)).as(name).contains(expectedId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lower-case nice                | La soirée était très nice, disait-il.
            demonym Russe capitalised       | Il a rencontré son homologue Russe à la frontière.
            demonym tchétchène              | L'opposition tchétchène a protesté.
            media                           | Selon le Wall Street Journal, rien n'est décidé.
            organisation                    | Les combattants de l'Etat islamique ont reculé.
            armed force                     | The U.S. Air Force flew the mission.
            U.S. as an adjective            | U.S. officials said the talks would resume.
            a park named after a town       | Agents closed Shelby Park to the public.
            person with a town's first name | Vladimir Poutine a parlé longtemps.
            first name and town surname     | Gerald Ford signed the accords for his country.
            big town's name as a first name | Mary Collins, a British engineer, signed for her firm.
            surname paired with a person    | Le sommet a réuni Kennedy et Khrouchtchev pendant deux jours.
            a water named after its town    | Shops in Glendale stock it beside Georgian Borjomi.
            a summit, not a place           | Officials prepared a Kennedy and Khrushchev summit for June.
            naval unit named after a sea    | The Black Sea Fleet lost another ship.
            French naval unit               | Un navire de la flotte de la mer Noire a été touché.
            rocket named after a river      | An Angara rocket lifted off on Tuesday.
            French rocket named after a river | La fusée Angara a décollé mardi soir.
            no place at all                 | Le budget a été adopté hier après un long débat.
            country heading a company       | The Azerbaijan Caspian Shipping Company ordered four ferries.
            Uzbek railway company           | Un ingénieur d'Ouzbekistan Temir Yollari a parlé mardi.
            square named after a town       | Crowds gathered on Kazan Square after the verdict.
            first name of a sacred peak     | Kailash Satyarthi won the Nobel Peace Prize for his campaign.
            person named like a Gulf island | Abu Musa, a Fatah dissident, said the talks had failed.
            surname of a glacier            | The Kolka family moved house on Tuesday.
            lower-case name of a peak       | The spectrum shows a broad peak near 500 nm.
            person an airport is named after | Heydar Aliyev died in 2003 after a long illness.
            French person an airport is named after | Hamid Karzaï a reçu les anciens hier.
            founder an airport is named after | Nursultan Nazarbayev stepped down in 2019.
            person a dam is named after     | Kamal Khan a signé le contrat hier soir.
            tiger named like a crossing     | Sher Khan stalks Mowgli through the jungle.
            a red bridge, not the crossing  | The crowd gathered at the Red Bridge over the river.
            radio station named like a plant | Radio Mayak broadcast the news at noon.
            surname of a Khost village      | The Austrian journalist Danielle Spera presented the evening news.
            surname of a Gilgit town        | Marcus Astore signed for the club on Monday.
            first name of a Ngawa monastery | Kirti Kulhari won the award for her role.
            car named like Paktika's capital | Volkswagen stopped building the Sharan in 2022.
            currency named like Zhangmu     | The Dram fell against the dollar on Monday.
            organisation named after the Thames | Thames Water was fined after the sewage spills.
            car named like the peak         | He drove a GMC Denali to the meeting.
            first name of a Siberian river  | Tom Hanks won the award on Sunday.
            the Renaissance, not the island | La Renaissance a bouleversé l'art européen.
            a sleeve, not the Channel        | Il a retroussé sa manche avant de signer.
            a cruiser, not the river         | The cruiser Moskva sank in April 2022.
            a Transbaikal district, not the volcano | Les habitants du district de Karymsky manquent d'eau.
            TV drama named like a base      | The ABC drama Quantico starred Priyanka Chopra.
            Syrian president, not the Iraqi base | Bashar al-Assad gave a long speech on Sunday.
            philosopher named like the gas hub | Alexander Baumgarten wrote the Aesthetica in 1750.
            actress named like a Yakutian mine | Elga Andersen starred in the film.
            Saudi king the mosque is named after | King Faisal was killed by his nephew in 1975.
            heavy-metal band named like the tower | Iron Maiden played two sold-out nights last week.
            a maiden is not the tower       | The maiden voyage of the ship ended in disaster.
            aviation pioneer named like the CIA's home (h-west) | Samuel Langley flew a steam-powered model in 1896.
            company named like the Georgia submarine base | The Kings Bay company runs the research station.
            Minsk palace's name as a common phrase | Il a célébré la fête de l'Indépendance avec sa famille.
            month in a dateline, not the Tajik town | The talks ended on Nov. 7 without a statement.
            a gas project named after a peninsula | Most of the gas of Yamal LNG still reaches buyers.
            a university named after its city | Three physicists of Novosibirsk State University were charged.
            a committee named after a valley | The Kurram Peace Committee will meet on Monday.
            police unit, not the Pakistani valley | SWAT officers arrested two men on Tuesday.
            a motorway named after the valley | The Swat Motorway was opened to traffic in 2019.
            railway, not the Iranian town   | La BAM a été achevée en 1991 après des années de travaux.
            first name of a Punjab river (h-features) | Ravi Shankar played the sitar for an hour.
            surname like the Pamir river    | Gunt told reporters that the deal was done.
            Japanese name like a Georgian river | Iori Tanaka scored twice on Sunday.
            Japanese name like a Caucasus river | Kuma Hiroshi was elected mayor on Sunday.
            """)
    void findsNoPlaceIn(String name, String text) throws Exception {
        assertThat(ids(text)).as(name).isEmpty();
    }

    @Test
    void aPlaceFarOffSaysNothingForASmallTownAgainstAFarBiggerNamesakeAbroad() throws Exception {
        // Washington lies a thousand kilometres from Geneva, Illinois: no support against the Swiss city.
        assertThat(ids("Militants crossed from Kunar into Bajaur, Pakistan. Aid agencies in Geneva warned of disease. "
                + "In Washington, the State Department urged restraint.")).contains("geonames:2660646")
                .doesNotContain("geonames:4893591");
    }

    @Test
    void theGorgesOfANamedRiverAreTheRiversAndTheUralIsTheRiverWhereItsTownsAre() throws Exception {
        assertThat(ids("Les géologues surveillent les glissements dans les gorges de la Naryn, au Kirghizistan."))
                .contains("physical:naryn-river").doesNotContain("geonames:1527592");
        assertThat(ids("La sécheresse touche le Kazakhstan. À Atyraou, l'Oural n'atteint plus la mer en été."))
                .contains("physical:ural-river");
        assertThat(ids("Les usines de l'Oural tournent à plein régime.")).containsExactly("physical:ural-mountains");
    }

    @Test
    void aWordInLowerCaseInsideATownsCapitalisedNameSaysTheWordsAreNotItsName() throws Exception {
        assertThat(ids("Le guide vit en France. Le monastère voisin a rouvert hier après les travaux."))
                .as("not the village Le Monastère").containsExactly("country:FR");
        assertThat(ids("Barges reach Rostov-on-Don in spring.")).containsExactly("geonames:501175");
    }

    @Test
    void theRegionsOfACountryAreNotRegionsCalledLikeIt() throws Exception {
        assertThat(ids("Russia recognised the breakaway regions of Georgia, Abkhazia and South Ossetia, after fighting "
                + "near Sukhumi and Tskhinvali.")).contains("country:GE").doesNotContain("admin1:US-GA");
        assertThat(ids("Drones hit the regions of Kursk and Belgorod overnight.")).contains("admin1:RU-41");
    }

    @Test
    void aTownJoinedByAHyphenToAWordNamingNoPlaceIsPartOfALongerName() throws Exception {
        assertThat(ids("Villagers of Kara-Bulak lost their houses in the mudslide.")).as("not Kara in Togo").isEmpty();
        assertThat(ids("L'axe Moscou-Pékin s'est renforcé cette année."))
                .contains("geonames:524901", "geonames:1816670");
    }

    @Test
    void aFormerNameGivenRightAfterATownIsThatTown() throws Exception {
        // Leninogorsk alone is the town of Tatarstan; after « Ridder — l'ancienne » it is Ridder.
        List<ResolvedMention> r = parse("Ridder — l'ancienne Leninogorsk — a grelotté tout l'hiver au Kazakhstan.");
        ResolvedMention old = r.stream().filter(m -> m.mention().text().equals("Leninogorsk")).findFirst().orElseThrow();
        assertThat(old.entry().id()).isEqualTo("geonames:1521370");
        assertThat(ids("Leninogorsk a grelotté tout l'hiver au Tatarstan.")).doesNotContain("geonames:1521370");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English, called … until a year | Tolyatti grew around its car plant; the city, called Stavropol until 1964, was renamed after Togliatti. | Stavropol | geonames:482283
            French, in the next sentence  | Dans la région de Saratov, un drone est tombé sur Engels. La ville s'appelait auparavant Pokrovsk. | Pokrovsk | geonames:563464
            """)
    void aFormerNameTheWriterGivesLaterIsTheTownJustNamed(String name, String text, String old, String town)
            throws Exception {
        // Stavropol alone is the city of the Caucasus, Pokrovsk the town of Donetsk.
        ResolvedMention former = parse(text).stream().filter(m -> m.mention().text().equals(old)).findFirst().orElseThrow();
        assertThat(former.entry().id()).as(name).isEqualTo(town);
    }

    @Test
    void aDepartementNamedAfterTheSeineOrThePyreneesIsNeitherTheRiverNorTheRange() throws Exception {
        // These départements have no entry of their own, so not-places keeps the river and the range out of them.
        assertThat(ids("La police de Seine-Saint-Denis et celle des Hauts-de-Seine ont saisi des armes."))
                .doesNotContain("physical:seine");
        assertThat(ids("Les préfets des Pyrénées-Atlantiques et des Hautes-Pyrénées se sont réunis."))
                .doesNotContain("physical:pyrenees");
    }

    @Test
    void aDepartementNamedAfterTheRhineOrTheAlpsIsNeitherTheRiverNorTheRange() throws Exception {
        // « Bas-Rhin », « Hautes-Alpes »: the word beside the hyphen names a place, so the river and the range
        // would be read inside them if the départements had no entry of their own.
        assertThat(ids("Les préfets du Bas-Rhin, du Haut-Rhin et des Hautes-Alpes se sont réunis."))
                .doesNotContain("physical:rhine", "physical:alps");
    }

    @Test
    void capitalisedNiceIsTheCity() throws Exception {
        assertThat(ids("Le festival de Nice attire des milliers de visiteurs.")).contains("geonames:2990440");
    }

    @Test
    void saintPetersburgAmongRussianPlacesIsNotTheOneInFlorida() throws Exception {
        List<ResolvedMention> r = parse("De Moscou à Saint-Pétersbourg, la Russie a renforcé la sécurité.");
        ResolvedMention spb = r.stream().filter(m -> m.mention().text().equals("Saint-Pétersbourg")).findFirst().orElseThrow();
        assertThat(spb.entry().place().country()).contains("RU");
    }

    @Test
    void theCathedralNamedAfterKazanIsNotKazanAndTheCityStaysARunnerUpOnlyWhenNamedAlone() throws Exception {
        List<String> ids = ids("Un attentat visait la cathédrale de Kazan, à Saint-Pétersbourg.");
        assertThat(ids).contains("landmark:kazan-cathedral").doesNotContain("geonames:551487");
        assertThat(ids("La ville de Kazan, capitale du Tatarstan, accueille le sommet.")).contains("geonames:551487");
        // Wording no gazetteer entry has: the head word a few words before the name decides.
        assertThat(ids("Des fidèles priaient dans la grande cathédrale orthodoxe de Kazan."))
                .contains("landmark:kazan-cathedral").doesNotContain("geonames:551487");
    }

    @Test
    void aSmallTownIsReadInTheCountryTheArticlesOtherPlacesLieIn() throws Exception {
        String text = "Le convoi a quitté Irkoutsk pour Oulan-Oudé, puis a rejoint Taïchet.";
        // Without the two Russian cities, nothing speaks for a town of 38,000 people.
        assertThat(ids("Le convoi a enfin rejoint Taïchet.")).doesNotContain("geonames:1489870");
        assertThat(ids(text)).contains("geonames:1489870");
    }

    @Test
    void theCountryTheArticlesPlacesLieInDoesNotPickOneOfSeveralLikeSizedNamesakes() throws Exception {
        // Four American Stanleys of 1,600 to 3,700 people: Boston and Chicago name no one of them.
        assertThat(ids("From Boston to Chicago, and then to Stanley, the tour went on."))
                .noneMatch(id -> id.equals("geonames:5692337") || id.equals("geonames:4493226"));
    }

    @Test
    void ofTwoLikeSizedNamesakesNearSomePlaceTheOneTheArticlesPlacesGatherAroundWins() throws Exception {
        // Korenëvo of the Kursk region (6,236 people) and its namesake by Moscow (7,319).
        assertThat(ids("Moscow said its troops took back Sudzha and Glushkovo in Russia's Kursk region, then Korenevo."))
                .contains("geonames:544906").doesNotContain("geonames:544904");
    }

    @Test
    void aNameWrittenAsAPersonsIsThePersonsThroughoutTheArticle() throws Exception {
        // Russia named, the town of Gagarin (Smolensk oblast) would be read but for the man's name.
        assertThat(ids("In Russia, the pad known as Gagarin's Start dates from Yuri Gagarin's flight."))
                .containsExactly("country:RU");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cosmonaut                  | Yuri Gagarin flew into space in 1961, and Russia still honours him.
            poet                       | Mikhail Lermontov died in a duel in the Caucasus, in Russia.
            physicist                  | Igor Kurchatov led the Soviet bomb project in Kazakhstan.
            geologist                  | Kanysh Satpayev founded the academy of sciences of Kazakhstan.
            French first name          | Igor Kourtchatov a dirigé le projet atomique soviétique au Kazakhstan.
            """)
    void aFirstNameAtASentencesStartMakesATownNamedLikeASurnameAPersons(String name, String text) throws Exception {
        // Each country named, the towns of Gagarin, Lermontov, Kurchatov and Satpayev would be read but for the
        // first name before them, which the sentence's start capitalises as it would any word.
        assertThat(parse(text)).as(name).noneMatch(r -> r.entry().place().kind() == PlaceKind.CITY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            English apposition         | Officials from Russia and Kazakhstan met on Monday in Kurchatov, a town in north-eastern Kazakhstan, near the old test site.
            French apposition          | Des responsables de Russie et du Kazakhstan se sont réunis à Kourtchatov, une ville du nord-est du Kazakhstan, lundi.
            """)
    void aTownDescribedAsLyingInItsCountryIsTheOneThere(String name, String text) throws Exception {
        // Russia's Kurchatov (Kursk oblast) is the bigger namesake, and both countries are named.
        assertThat(ids(text)).as(name).contains("geonames:1520885").doesNotContain("geonames:538908");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            French, after the name          | Le terminus est prévu à Fazilka, au Pendjab indien.        | admin1:IN-23 | admin1:PK-04
            English, before the name        | The line will end at Fazilka, in Indian Punjab.           | admin1:IN-23 | admin1:PK-04
            the bigger namesake's country   | Floods hit Pakistani Punjab, far from Delhi.             | admin1:PK-04 | admin1:IN-23
            English, a lone reading         | Fighting has spread to Afghan Badakhshan.                 | admin1:AF-01 | country:AF
            French, a lone reading          | Les combats ont gagné le Badakhchan afghan.               | admin1:AF-01 | country:AF
            a state, not the country        | La Géorgie américaine vote mardi.                         | admin1:US-GA | country:GE
            another country's part          | The Azeri minority of Iranian Azerbaijan protested.       | geonames:0   | country:AZ
            another country's part, French  | La minorité azérie de l'Azerbaïdjan iranien manifeste.    | geonames:0   | country:AZ
            one of several countries        | ATLANTA — Plusieurs pays, dont la Géorgie caucasienne, ont envoyé des observateurs. | country:GE | admin1:US-GA
            """)
    void anAdjectiveOfNationalityBesideANameSaysItsCountry(String name, String text, String expected, String notExpected)
            throws Exception {
        // Pakistan's Punjab is the bigger, and neither text names a country: the adjective alone decides.
        List<String> ids = ids(text);
        assertThat(ids).as(name).doesNotContain(notExpected);
        if (!expected.equals("geonames:0")) {
            assertThat(ids).as(name).contains(expected);
        }
    }

    @Test
    void theCountryNamedSomewhereSaysLittleForASmallTownAgainstAFarBiggerNamesakeAbroad() throws Exception {
        assertThat(ids("The United States and Russia met on neutral ground before: Helsinki in 2018, Geneva in 2021."))
                .contains("geonames:2660646");
        assertThat(ids("In the United States, the college town of Geneva, New York, lies on Seneca Lake."))
                .doesNotContain("geonames:2660646");
    }

    @Test
    void aStatesOwnTownInTheArticleWithNothingOfTheCountryOfTheSameNameMakesItTheState() throws Exception {
        assertThat(ids("ATLANTA — La Géorgie est redevenue l'un des États les plus disputés de l'élection."))
                .contains("admin1:US-GA").doesNotContain("country:GE");
        assertThat(ids("Atlanta et Tbilissi sont jumelées depuis 1988. La Géorgie a envoyé une délégation."))
                .contains("country:GE").doesNotContain("admin1:US-GA");
    }

    @Test
    void aLandmarkNamedInFullBeforeItsTownEndsWhereItsNameEnds() throws Exception {
        String text = "Les fidèles se sont réunis à la cathédrale du Christ-Sauveur, à Moscou, dimanche.";
        assertThat(parse(text)).extracting(r -> r.entry().id() + " " + r.mention().text()).containsExactly(
                "landmark:cathedral-of-christ-the-saviour cathédrale du Christ-Sauveur", "geonames:524901 Moscou");
    }

    @Test
    void aPersianCompoundNameIsNoneOfItsWords() throws Exception {
        // Dara would be Daraa in Syria and Suf a town of Jordan.
        assertThat(ids("Taliban fighters took Dara-i-Suf in Samangan province.")).containsExactly("admin1:AF-32");
    }

    @Test
    void aWordOpeningASentenceBeforeATownIsNoFirstName() throws Exception {
        assertThat(ids("Visiting Kurchatov in Kazakhstan, the minister spoke of the old test site."))
                .contains("geonames:1520885");
        assertThat(ids("Tiny Lermontov lies in Stavropol Krai, in Russia.")).contains("geonames:535886");
    }

    @Test
    void readsAnEnglishArticle() throws Exception {
        List<String> ids = ids("Russian troops at Kant Air Base near Bishkek watch the border with China.");
        assertThat(ids).contains("landmark:kant-air-base", "geonames:1528675", "country:CN");
    }

    @Test
    void marksGovernmentsThatActAsMetonymicAndPlacesAsLiteral() throws Exception {
        List<ResolvedMention> r = parse("Washington et Moscou travaillent ensemble. Il habite à Moscou depuis 2010.");
        assertThat(r).extracting(m -> m.mention().use())
                .containsExactly(MentionUse.METONYMIC, MentionUse.METONYMIC, MentionUse.LITERAL);
    }

    @Test
    void russianBasesOfTwoCountriesAreTheGazetteersBasesThere() throws Exception {
        List<String> ids = ids("Il a été question des bases russes du Tadjikistan et du Kirghizistan.");
        assertThat(ids).contains("landmark:russian-201st-military-base-dushanbe",
                "landmark:russian-201st-military-base-bokhtar", "landmark:kant-air-base");
    }
}
