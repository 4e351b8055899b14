package org.articleatlas.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articleatlas.model.Article;
import org.articleatlas.model.ArticleMetadata;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates written in French and English, resolved as a reader of the article would. */
class DateFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15); // a Wednesday

    static Article article(Language language, String text, LocalDate published) {
        List<TextSpan> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?]+[.!?]*\\s*").matcher(text);
        while (m.find()) {
            sentences.add(new TextSpan(m.start(), m.end()));
        }
        ArticleMetadata meta = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(language), Optional.ofNullable(published), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new Article("test", Path.of("test.txt"), "Test", language, text, sentences,
                List.of(new TextSpan(0, text.length())), meta);
    }

    private static List<DateExpression> find(Language language, String text) {
        return new DateFinder(language).find(article(language, text, PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La réunion a eu lieu le 3 mars 2019 à Lyon.|le 3 mars 2019|2019-03-03|2019-03-03|day|explicit",
        "Signé le 1er janvier 1999.|le 1er janvier 1999|1999-01-01|1999-01-01|day|explicit",
        "Le traité date du jeudi 8 décembre 1991.|du jeudi 8 décembre 1991|1991-12-08|1991-12-08|day|explicit",
        "Les troupes sont arrivées en février 2022.|en février 2022|2022-02-01|2022-02-28|month|explicit",
        "Le mur est tombé en 1989.|en 1989|1989-01-01|1989-12-31|year|explicit",
        "Le ministre est arrivé lundi.|lundi|2023-03-13|2023-03-13|day|relative to the article's date",
        "Il repartira lundi prochain.|lundi prochain|2023-03-20|2023-03-20|day|relative to the article's date",
        "Les pourparlers ont repris en janvier.|en janvier|2023-01-01|2023-01-31|month|relative to the article's date",
        "Les élections ont eu lieu en novembre.|en novembre|2022-11-01|2022-11-30|month|relative to the article's date",
        "Le sommet s'est tenu le 2 février à Rome.|le 2 février|2023-02-02|2023-02-02|day|relative to the article's date",
        "La crise dure depuis ces trois dernières années.|ces trois dernières années|2020-03-15|2023-03-15|period"
                + "|relative to the article's date",
        "Le barrage fut achevé il y a vingt ans.|il y a vingt ans|2003-01-01|2003-12-31|year"
                + "|relative to the article's date",
        "Le vote aura lieu à l'automne prochain.|à l'automne prochain|2023-09-23|2023-12-20|season"
                + "|relative to the article's date",
        "Le ministre a démissionné hier.|hier|2023-03-14|2023-03-14|day|relative to the article's date"})
    void readsFrenchDates(String sentence, String text, String start, String end, String precision, String basis) {
        List<DateExpression> found = find(Language.FRENCH, sentence);
        assertThat(found).hasSize(1);
        DateExpression d = found.get(0);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.span().of(sentence)).isEqualTo(text);
        assertThat(d.start()).isEqualTo(start);
        assertThat(d.end()).isEqualTo(end);
        assertThat(d.precision().label()).isEqualTo(precision);
        assertThat(d.basis()).isEqualTo(basis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The summit opened on 3 March 2019 in Lyon.|on 3 March 2019|2019-03-03|2019-03-03|day|explicit",
        "The treaty was signed on December 8, 1991.|on December 8, 1991|1991-12-08|1991-12-08|day|explicit",
        "The attacks of September 11, 2001 changed everything.|September 11, 2001|2001-09-11|2001-09-11|day|explicit",
        "Troops arrived in February 2022.|in February 2022|2022-02-01|2022-02-28|month|explicit",
        "The wall fell in 1989.|in 1989|1989-01-01|1989-12-31|year|explicit",
        "The minister arrived on Monday.|on Monday|2023-03-13|2023-03-13|day|relative to the article's date",
        "Talks resumed in January.|in January|2023-01-01|2023-01-31|month|relative to the article's date",
        "Prices have doubled over the past twenty-five years.|over the past twenty-five years|1998-03-15|2023-03-15|period"
                + "|relative to the article's date",
        "The dam was finished twenty years ago.|twenty years ago|2003-01-01|2003-12-31|year"
                + "|relative to the article's date",
        "The vote is due next autumn.|next autumn|2023-09-23|2023-12-20|season|relative to the article's date",
        "The minister resigned yesterday.|yesterday|2023-03-14|2023-03-14|day|relative to the article's date"})
    void readsEnglishDates(String sentence, String text, String start, String end, String precision, String basis) {
        List<DateExpression> found = find(Language.ENGLISH, sentence);
        assertThat(found).hasSize(1);
        DateExpression d = found.get(0);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.start()).isEqualTo(start);
        assertThat(d.end()).isEqualTo(end);
        assertThat(d.precision().label()).isEqualTo(precision);
        assertThat(d.basis()).isEqualTo(basis);
    }

    @Test
    void aYearLessDateTakesTheYearTheStoryIsTellingInBothLanguages() {
        List<DateExpression> fr = find(Language.FRENCH,
                "Les deux chefs se sont vus en mai 1997. Peu après, le 4 juin, ils ont signé. Le 8 juin, ils se sont"
                        + " quittés.");
        assertThat(fr).extracting(DateExpression::start)
                .containsExactly(LocalDate.of(1997, 5, 1), LocalDate.of(1997, 6, 4), LocalDate.of(1997, 6, 8));
        assertThat(fr.get(1).basis()).isEqualTo(DateExpression.FROM_TEXT);
        List<DateExpression> en = find(Language.ENGLISH,
                "The leaders met in May 1997. Soon after, on 4 June, they signed.");
        assertThat(en).extracting(DateExpression::start)
                .containsExactly(LocalDate.of(1997, 5, 1), LocalDate.of(1997, 6, 4));
    }

    @Test
    void aDateToldFromTheArticlesDayBringsTheStoryBackToThePresent() {
        List<DateExpression> en = find(Language.ENGLISH,
                "It was their first summit since July 2018. On Monday, the ministers met. Talks resumed in January.");
        assertThat(en).extracting(DateExpression::text).containsExactly("since July 2018", "On Monday", "in January");
        assertThat(en.get(2).start()).isEqualTo(LocalDate.of(2023, 1, 1));
        List<DateExpression> fr = find(Language.FRENCH,
                "C'était leur premier sommet depuis juillet 2018. Lundi, les ministres se sont vus. Puis, le 2 février,"
                        + " ils ont signé.");
        assertThat(fr.get(2).start()).isEqualTo(LocalDate.of(2023, 2, 2));
    }

    @Test
    void aYearFarBackInTheTextNoLongerDatesAYearLessOne() {
        List<DateExpression> found = find(Language.FRENCH,
                "Tout a commencé en 1991. Puis vint la paix. Puis la guerre. Puis la paix. Puis rien."
                        + " Le 2 février, le ministre est venu.");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).start()).isEqualTo(LocalDate.of(2023, 2, 2));
        assertThat(found.get(1).basis()).isEqualTo(DateExpression.FROM_ARTICLE_DATE);
    }

    @Test
    void wordsThatLookLikeDatesAreNotDates() {
        assertThat(find(Language.ENGLISH, "You may march on 2000 soldiers if you like.")).isEmpty();
        assertThat(find(Language.FRENCH, "Il compte 2000 soldats et 31 février chars.")).isEmpty();
        assertThat(find(Language.FRENCH, "La colonne a roulé après 1500 kilomètres de piste.")).isEmpty();
        assertThat(find(Language.ENGLISH, "The army grew by 2000 troops in the 1990s.")).isEmpty();
    }

    @Test
    void relativeDatesNeedTheArticleDate() {
        Article undated = article(Language.FRENCH, "Le ministre est arrivé dimanche, le 3 mars 2019.", null);
        assertThat(new DateFinder(Language.FRENCH).find(undated)).extracting(DateExpression::text)
                .containsExactly("le 3 mars 2019");
    }
}
