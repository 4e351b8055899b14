package org.articleatlas.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String FRENCH = "L’été, la sœur de Noël a dit « déjà » à Genève.";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void readsUtf8WithoutBom() throws Exception {
        DecodedText d = decoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.hadByteOrderMark()).isFalse();
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws Exception {
        byte[] body = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedText d = decoder.decode(withBom);
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.hadByteOrderMark()).isTrue();
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        DecodedText d = decoder.decode(("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16LE));
        assertThat(d.text()).isEqualTo(FRENCH);
    }

    @Test
    void readsWindows1252FromAnOldWordProcessorWithCurlyApostropheAndOeLigature() throws Exception {
        byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));
        assertThat(bytes).contains((byte) 0x92, (byte) 0x9C); // ’ and œ exist only in Windows-1252
        DecodedText d = decoder.decode(bytes);
        assertThat(d.text()).isEqualTo(FRENCH);
        assertThat(d.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void keepsAReplacementCharacterWrittenInValidUtf8() throws Exception {
        // U+FFFD is also what a lenient decoding writes for a bad byte: a text that holds one for
        // real must still read as UTF-8, and the rest of it unchanged.
        String text = (FRENCH + " ").repeat(4) + "Un caractère illisible : \uFFFD, puis la suite de l’article.";
        DecodedText d = decoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aMalformedUtf8SequenceIsNotUtf8() throws Exception {
        // "é" as UTF-8 is C3 A9; a lone C3 before a space is malformed, so the file is read as Windows-1252.
        byte[] bytes = "Les élèves de Genève ont étudié la frontière, et puis X".getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 1] = (byte) 0xC3;
        DecodedText d = decoder.decode(bytes);
        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.text()).endsWith("puis \u00C3").doesNotContain("\uFFFD");
    }

    @Test
    void readsIso88591() throws Exception {
        String latin1 = "Les élèves de Genève ont étudié la frontière à côté du lac.";
        DecodedText d = decoder.decode(latin1.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(d.text()).isEqualTo(latin1);
    }

    @Test
    void refusesAPngImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png))
                .isInstanceOf(TextDecoder.UndecodableTextException.class)
                .hasMessageContaining("PNG image");
    }

    @Test
    void refusesBytesWithNul() {
        byte[] bytes = "hello\0world".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessageContaining("NUL");
    }

    @Test
    void refusesHighBytesThatAreNeitherUtf8NorLatinText() {
        byte[] noise = new byte[4000];
        new Random(42).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 | noise[i]); // no NUL, no ASCII control: only what could pass for Latin-1
        }
        assertThatThrownBy(() -> decoder.decode(noise)).hasMessageStartingWith("does not decode as text");
    }

    @Test
    void refusesTextFullOfControlCharacters() {
        byte[] bytes = new byte[2000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
        }
        assertThatThrownBy(() -> decoder.decode(bytes)).hasMessageContaining("control or invalid characters");
    }
}
