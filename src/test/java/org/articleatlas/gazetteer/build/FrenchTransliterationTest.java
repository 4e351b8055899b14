package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTransliterationTest {

    @ParameterizedTest
    @CsvSource({
        "Irkutsk, Irkoutsk",
        "Yakutsk, Iakoutsk",
        "Jermuk, Djermouk",
        "Chelyabinsk, Tcheliabinsk",
        "Nizhniy Novgorod, Nijni Novgorod",
        "Kulob, Koulob",
        "Shymkent, Chimkent",
        "Gelendzhik, Guelendjik",
        "Yuzhno-Sakhalinsk, Ioujno-Sakhalinsk",
        "Kabul, Kaboul",
        "Kaspiysk, Kaspiïsk",
        "Novorossiysk, Novorossiïsk",
        "Ussuriysk, Oussouriïsk",
        "Biysk, Biïsk",
        "Sangiyn Dalay, Sanguin Dalaï",
        "Petropavlovsk-Kamchatskiy, Petropavlovsk-Kamtchatski"})
    void spellsTownsTheFrenchWay(String english, String french) {
        assertThat(FrenchTransliteration.of(english)).contains(french);
    }

    @ParameterizedTest
    @CsvSource({
        "Uchaly, Outchali, Outchaly",
        "Kyzyl-Kiya, Kizil-Kia, Kyzyl-Kia",
        "Shymkent, Chimkent, Chymkent",
        "Naberezhnye Chelny, Naberejnie Tchelni, Naberejnye Tchelny",
        "Kizilyurt, Kiziliourt, Kizilyourt",
        "Khasavyurt, Khassaviourt, Khassavyourt"})
    void alsoKeepsTheYOfRussianHardI(String english, String usual, String withY) {
        assertThat(FrenchTransliteration.all(english)).containsExactly(usual, withY);
    }

    @ParameterizedTest
    @CsvSource({"Tyumen, Tioumen", "Uryupinsk, Ourioupinsk", "Lyudinovo, Lioudinovo"})
    void writesYuAsYouOnlyInYurt(String english, String french) {
        assertThat(FrenchTransliteration.all(english)).containsExactly(french);
    }

    @ParameterizedTest
    @CsvSource({"Tver", "Omsk", "Oslo"})
    void leavesOutNamesThatDoNotChange(String english) {
        assertThat(FrenchTransliteration.of(english)).isEmpty();
    }
}
