package org.articleatlas.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void speaksFrenchToFrenchUsersAndEnglishToOthers() {
        assertThat(Messages.forLocale(Locale.FRANCE).get("menu.file")).isEqualTo("Fichier");
        assertThat(Messages.forLocale(Locale.GERMANY).get("menu.file")).isEqualTo("File");
        assertThat(Messages.forLocale(Locale.FRENCH).get("articles.loaded", 2)).isEqualTo("2 articles chargés");
        assertThat(Messages.forLocale(Locale.ENGLISH).get("articles.loaded", 1)).isEqualTo("One article loaded");
    }

    @Test
    void formatsDatesForTheInterfaceLanguageNotTheRootLocale() {
        LocalDate day = LocalDate.of(2017, 12, 18);
        DateTimeFormatter english = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Messages.forLocale(Locale.ENGLISH).locale());
        DateTimeFormatter french = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Messages.forLocale(Locale.FRENCH).locale());
        assertThat(day.format(english)).isEqualTo("18 December 2017");
        assertThat(day.format(french)).isEqualTo("18 décembre 2017");
    }
}
