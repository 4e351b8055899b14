package org.articleatlas.corpus;

import java.nio.charset.Charset;

/** Text decoded from a file's bytes, with the encoding that was detected. */
public record DecodedText(String text, Charset charset, boolean hadByteOrderMark) {
}
