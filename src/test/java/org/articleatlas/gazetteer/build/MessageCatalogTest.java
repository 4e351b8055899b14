package org.articleatlas.gazetteer.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

    /*
     * GNU msgfmt 0.21 (--no-hash, then --endianness=big) of this catalogue, the way
     * libgeonames-common keys its entries:
     *   msgid "" / msgstr "Content-Type: text/plain; charset=UTF-8\n"
     *   msgid "524901" / msgstr "Moscou"
     *   msgid "RU.68" / msgstr "République d'Ossétie-du-Nord-Alanie"
     *   msgctxt "region" / msgid "TJ.01" / msgstr "Haut-Badakhshan"
     */
    private static final byte[] LITTLE_ENDIAN = HexFormat.of().parseHex(""
            + "de12049500000000040000001c0000003c000000000000005c000000000000005c000000060000005d00000005000000"
            + "640000000c0000006a000000280000007700000006000000a000000025000000a70000000f000000cd00000000353234"
            + "3930310052552e363800726567696f6e04544a2e303100436f6e74656e742d547970653a20746578742f706c61696e3b"
            + "20636861727365743d5554462d380a004d6f73636f750052c3a97075626c697175652064274f7373c3a97469652d6475"
            + "2d4e6f72642d416c616e696500486175742d426164616b687368616e00");
    private static final byte[] BIG_ENDIAN = HexFormat.of().parseHex(""
            + "950412de00000000000000040000001c0000003c000000000000005c000000000000005c000000060000005d00000005"
            + "000000640000000c0000006a000000280000007700000006000000a000000025000000a70000000f000000cd00353234"
            + "3930310052552e363800726567696f6e04544a2e303100436f6e74656e742d547970653a20746578742f706c61696e3b"
            + "20636861727365743d5554462d380a004d6f73636f750052c3a97075626c697175652064274f7373c3a97469652d6475"
            + "2d4e6f72642d416c616e696500486175742d426164616b687368616e00");

    @Test
    void readsALittleEndianCatalogueKeyedByGeoNamesIdAndRegionCode() throws IOException {
        MessageCatalog catalog = MessageCatalog.parse(LITTLE_ENDIAN);
        assertThat(catalog.translate("524901")).contains("Moscou");
        assertThat(catalog.translate("RU.68")).contains("République d'Ossétie-du-Nord-Alanie");
        assertThat(catalog.size()).isEqualTo(3);
    }

    @Test
    void readsABigEndianCatalogueToTheSameEntries() throws IOException {
        assertThat(MessageCatalog.parse(BIG_ENDIAN).entries()).isEqualTo(MessageCatalog.parse(LITTLE_ENDIAN).entries());
    }

    @Test
    void keepsContextsApartFromPlainMsgids() throws IOException {
        MessageCatalog catalog = MessageCatalog.parse(LITTLE_ENDIAN);
        assertThat(catalog.translate("region", "TJ.01")).contains("Haut-Badakhshan");
        assertThat(catalog.translate("TJ.01")).isEmpty();
    }

    @Test
    void leavesTheHeaderOutOfTheEntries() throws IOException {
        assertThat(MessageCatalog.parse(LITTLE_ENDIAN).entries()).doesNotContainKey("");
        assertThat(MessageCatalog.parse(LITTLE_ENDIAN).translate("")).isEmpty();
    }

    @Test
    void exposesTheGeoNamesKeysThroughTheCatalogueView() throws IOException {
        GeoNamesCatalog french = new GeoNamesCatalog("fr", MessageCatalog.parse(LITTLE_ENDIAN));
        assertThat(french.city(524901)).contains("Moscou");
        assertThat(french.admin1("RU", "68")).contains("République d'Ossétie-du-Nord-Alanie");
        assertThat(french.city(498817)).isEmpty();
    }

    @Test
    void refusesBytesWithoutTheMagicNumber() {
        byte[] bad = LITTLE_ENDIAN.clone();
        bad[0] = 0;
        assertThatThrownBy(() -> MessageCatalog.parse(bad)).isInstanceOf(IOException.class).hasMessageContaining("magic");
    }

    @Test
    void refusesATruncatedCatalogue() {
        byte[] cut = Arrays.copyOf(LITTLE_ENDIAN, 0xa5);
        assertThatThrownBy(() -> MessageCatalog.parse(cut)).isInstanceOf(IOException.class).hasMessageContaining("range");
    }
}
