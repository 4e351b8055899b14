package org.articleatlas.context;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articleatlas.model.Article;
import org.articleatlas.model.Language;
import org.articleatlas.model.TextSpan;

/**
 * Finds the dates and periods an article writes, in French or English, and resolves each to the
 * days it covers: whole dates as written, year-less ones from the year the text was just speaking
 * of (« en juillet 2001 … Quelques mois plus tard, le 9 septembre »), and relative ones
 * (« dimanche », « en août », « ces vingt-cinq dernières années ») from the article's own date.
 *
 * <p>Hand-written rules rather than a library, after looking: the maintained date extractors are
 * English-only (Natty, unmaintained since 2017), or need a part-of-speech tagger and large rule
 * resources outside Maven Central (HeidelTime with TreeTagger, SUTime inside CoreNLP's models).
 * The language data itself comes from ICU4J, already a dependency: month and weekday names from
 * its CLDR date symbols, number words (« vingt-cinq », "twenty-five") from its spell-out rules.
 */
public final class DateFinder {

    /** How far back, in sentences, a year-less date still takes the year the text was speaking of. */
    static final int NARRATIVE_REACH_SENTENCES = 3;

    /** A year, not a decade (« 1990s ») nor a count (« après 1500 kilomètres », "by 2000 troops"). */
    private static final String YEAR = "(?<year>1[5-9]\\d\\d|20\\d\\d)(?![\\d\\p{L}])(?![\\s\\u00a0]*(?:km|kilom|miles?\\b"
            + "|morts|victimes|soldats|hommes|personnes|habitants|euros|dollars|people|troops|soldiers|men\\b|dead"
            + "|casualties|residents|[$€%]))";

    private enum Kind { FULL_DATE, MONTH_YEAR, MONTH, YEAR, WEEKDAY, SPAN, YEARS_AGO, SEASON, YESTERDAY }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private record Found(Kind kind, Matcher match, TextSpan span) {
    }

    private final Language language;
    private final List<Rule> rules;
    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
    private final ULocale locale;

    public DateFinder(Language language) {
        this.language = language;
        this.locale = language == Language.FRENCH ? ULocale.FRENCH : ULocale.ENGLISH;
        DateFormatSymbols symbols = new DateFormatSymbols(locale);
        for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
            String[] names = symbols.getMonths(DateFormatSymbols.FORMAT, width);
            for (int m = 0; m < 12; m++) {
                months.putIfAbsent(key(names[m]), m + 1);
            }
        }
        String[] days = symbols.getWeekdays(DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
        for (int d = 1; d <= 7; d++) {
            // ICU counts from Sunday = 1; java.time from Monday = 1.
            weekdays.put(key(days[d]), DayOfWeek.of(d == 1 ? 7 : d - 1));
        }
        this.rules = language == Language.FRENCH ? frenchRules() : englishRules();
    }

    private String monthAlternation() {
        return alternation(months.keySet().stream().map(this::asWritten).toList());
    }

    private String weekdayAlternation() {
        return alternation(weekdays.keySet().stream().map(this::asWritten).toList());
    }

    /** English writes month and day names with a capital, and its rules match case. */
    private String asWritten(String key) {
        return language == Language.FRENCH ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** Longest first, so « juil. » is not read as « juil »; abbreviation dots are optional. */
    private static String alternation(java.util.Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(n -> Pattern.quote(n.replace(".", "")) + (n.endsWith(".") ? "\\.?" : ""))
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private List<Rule> frenchRules() {
        String month = "(?<month>" + monthAlternation() + ")";
        String weekday = "(?<weekday>" + weekdayAlternation() + ")";
        String number = "(?<n>\\d{1,3}|\\p{L}+(?:-\\p{L}+)*(?:\\s+et\\s+(?:un|une|onze))?)";
        int ci = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        return List.of(
                new Rule(Kind.FULL_DATE, Pattern.compile("\\b(?:(?:le|du|au|depuis le|dès le|jusqu'au|ce)\\s+)?(?:"
                        + weekday + "\\s+)?(?<day>1er|[12]\\d|3[01]|0?[1-9])[\\s\\u00a0-]+" + month
                        + "(?:[\\s\\u00a0]+" + YEAR + ")?\\b", ci)),
                new Rule(Kind.MONTH_YEAR, Pattern.compile("\\b(?:(?:en|depuis|dès|début|fin|mi-?|jusqu'en)\\s*)?"
                        + month + "[\\s\\u00a0]+" + YEAR, ci)),
                new Rule(Kind.MONTH, Pattern.compile("\\b(?:en|au mois d[e'’]|début|fin|mi-|depuis)\\s*" + month
                        + "(?<dir>\\s+(?:dernier|prochain))?\\b", ci)),
                new Rule(Kind.YEARS_AGO, Pattern.compile("\\bil y a\\s+" + number + "\\s+(?<unit>ans|années)\\b", ci)),
                new Rule(Kind.YEAR, Pattern.compile("\\b(?:en|depuis|dès|jusqu'en|avant|après|l'an|l’an|l'année|"
                        + "l’année)\\s+" + YEAR, ci)),
                new Rule(Kind.SPAN, Pattern.compile("\\b(?:ces|les|des|au cours des)\\s+" + number
                        + "\\s+(?<dir>dernières|derniers|prochaines|prochains)\\s+(?<unit>années|ans|mois|décennies)\\b",
                        ci)),
                new Rule(Kind.SEASON, Pattern.compile("\\b(?:au|cet|ce|à l[’'])\\s*(?<season>printemps|été|automne|"
                        + "hiver)(?:\\s+(?:(?<dir>prochain|dernier)|" + YEAR + "))?\\b", ci)),
                new Rule(Kind.WEEKDAY, Pattern.compile("\\b" + weekday + "(?:\\s+(?<dir>dernier|prochain))?\\b", ci)),
                new Rule(Kind.YESTERDAY, Pattern.compile("\\b(?<word>avant-hier|hier)\\b", ci)));
    }

    private List<Rule> englishRules() {
        // English month and weekday names are capitalised; matching case keeps "may" and "march" out.
        String month = "(?<month>" + monthAlternation() + ")";
        String weekday = "(?<weekday>" + weekdayAlternation() + ")";
        String number = "(?<n>\\d{1,3}|[a-z]+(?:-[a-z]+)?)";
        int ci = Pattern.CASE_INSENSITIVE;
        return List.of(
                new Rule(Kind.FULL_DATE, Pattern.compile("\\b(?:(?:on|since|until|by)\\s+)?(?:" + weekday
                        + ",?\\s+)?(?:the\\s+)?(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\u00a0]+"
                        + month + "(?:,?[\\s\\u00a0]+" + YEAR + ")?\\b")),
                new Rule(Kind.FULL_DATE, Pattern.compile("\\b(?:(?:on|since|until|by)\\s+)?(?:" + weekday
                        + ",?\\s+)?" + month + "[\\s\\u00a0]+(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)"
                        + "(?:,?[\\s\\u00a0]+" + YEAR + ")?")),
                new Rule(Kind.MONTH_YEAR, Pattern.compile("\\b(?:(?:in|since|until|by|early|late|mid-?)\\s*)?"
                        + month + ",?[\\s\\u00a0]+" + YEAR)),
                new Rule(Kind.MONTH, Pattern.compile("\\b(?:in|since|early|late|mid-|until|(?<dir>last|next|this))\\s*"
                        + month + "\\b")),
                new Rule(Kind.YEARS_AGO, Pattern.compile("\\b" + number + "\\s+(?<unit>years)\\s+ago\\b", ci)),
                new Rule(Kind.YEAR, Pattern.compile("\\b(?:in|since|until|by|before|after|during)\\s+" + YEAR, ci)),
                new Rule(Kind.SPAN, Pattern.compile("\\b(?:the|these|over the|in the|for the|during the)\\s+"
                        + "(?<dir>past|last|next|coming)\\s+" + number + "\\s+(?<unit>years|months|decades)\\b", ci)),
                new Rule(Kind.SEASON, Pattern.compile("\\b(?:(?<dir>this|next|last)\\s+|in\\s+the\\s+)"
                        + "(?<season>spring|summer|autumn|fall|winter)(?:\\s+of\\s+" + YEAR + ")?\\b", ci)),
                new Rule(Kind.WEEKDAY, Pattern.compile("\\b(?:(?<dir>(?i:last|next|this|on))\\s+)?" + weekday + "\\b")),
                new Rule(Kind.YESTERDAY, Pattern.compile("\\b(?<word>yesterday)\\b", ci)));
    }

    /** The dates of the article in text order; those that cannot be placed in time are left out. */
    public List<DateExpression> find(Article article) {
        String text = article.text();
        List<Found> found = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                TextSpan span = new TextSpan(m.start(), m.end());
                Matcher groups = snapshot(m);
                if (groups != null && found.stream().noneMatch(f -> overlaps(f.span(), span))) {
                    found.add(new Found(rule.kind(), groups, span));
                }
            }
        }
        found.sort(Comparator.comparingInt(f -> f.span().start()));
        Optional<LocalDate> published = article.metadata().published();
        List<DateExpression> out = new ArrayList<>();
        Anchor anchor = null;
        for (Found f : found) {
            int sentence = sentenceIndex(article, f.span().start());
            Optional<Integer> narrativeYear = anchor != null && sentence - anchor.sentence() <= NARRATIVE_REACH_SENTENCES
                    ? Optional.of(anchor.year()) : Optional.empty();
            Optional<DateExpression> e = resolve(f, text, narrativeYear, published);
            if (e.isEmpty()) {
                continue;
            }
            out.add(e.get());
            // A date told from the article's own day (« dimanche », "over the past thirty years") brings
            // the story back to the present: the year-less dates after it are the article's year again.
            anchor = new Anchor(e.get().basis().equals(DateExpression.FROM_ARTICLE_DATE)
                    ? published.orElseThrow().getYear() : e.get().start().getYear(), sentence);
        }
        return out;
    }

    private record Anchor(int year, int sentence) {
    }

    private Optional<DateExpression> resolve(Found f, String text, Optional<Integer> narrativeYear,
            Optional<LocalDate> published) {
        Matcher m = f.match();
        String written = f.span().of(text);
        try {
            switch (f.kind()) {
                case FULL_DATE -> {
                    int month = month(m.group("month"));
                    int day = m.group("day").startsWith("1er") ? 1 : Integer.parseInt(m.group("day"));
                    if (m.group("year") != null) {
                        LocalDate d = LocalDate.of(Integer.parseInt(m.group("year")), month, day);
                        return Optional.of(expr(f, written, d, d, DatePrecision.DAY, DateExpression.EXPLICIT));
                    }
                    MonthDay md = MonthDay.of(month, day);
                    if (narrativeYear.isPresent()) {
                        LocalDate d = md.atYear(narrativeYear.get());
                        return Optional.of(expr(f, written, d, d, DatePrecision.DAY, DateExpression.FROM_TEXT));
                    }
                    return published.map(p -> {
                        LocalDate d = md.atYear(p.getYear());
                        d = d.isAfter(p) ? md.atYear(p.getYear() - 1) : d;
                        return expr(f, written, d, d, DatePrecision.DAY, DateExpression.FROM_ARTICLE_DATE);
                    });
                }
                case MONTH_YEAR -> {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")), 1);
                    return Optional.of(expr(f, written, d, endOfMonth(d), DatePrecision.MONTH, DateExpression.EXPLICIT));
                }
                case MONTH -> {
                    int month = month(m.group("month"));
                    String dir = direction(m);
                    if (narrativeYear.isPresent() && dir.isEmpty()) {
                        LocalDate d = LocalDate.of(narrativeYear.get(), month, 1);
                        return Optional.of(expr(f, written, d, endOfMonth(d), DatePrecision.MONTH, DateExpression.FROM_TEXT));
                    }
                    return published.map(p -> {
                        LocalDate d = LocalDate.of(p.getYear(), month, 1);
                        if (isNext(dir)) {
                            d = d.isAfter(p) ? d : d.plusYears(1);
                        } else if (d.isAfter(p) || isLast(dir) && !endOfMonth(d).isBefore(p)) {
                            d = d.minusYears(1);
                        }
                        return expr(f, written, d, endOfMonth(d), DatePrecision.MONTH, DateExpression.FROM_ARTICLE_DATE);
                    });
                }
                case YEAR -> {
                    int year = Integer.parseInt(m.group("year"));
                    return Optional.of(expr(f, written, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                            DatePrecision.YEAR, DateExpression.EXPLICIT));
                }
                case YEARS_AGO -> {
                    Optional<Integer> n = number(m.group("n"));
                    return n.flatMap(years -> published.map(p -> {
                        int year = p.getYear() - years;
                        return expr(f, written, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR,
                                DateExpression.FROM_ARTICLE_DATE);
                    }));
                }
                case SPAN -> {
                    Optional<Integer> n = number(m.group("n"));
                    String unit = m.group("unit").toLowerCase(Locale.ROOT);
                    boolean ahead = isNext(direction(m));
                    return n.flatMap(count -> published.map(p -> {
                        LocalDate other = unit.startsWith("mois") || unit.startsWith("month")
                                ? p.plusMonths(ahead ? count : -count)
                                : unit.startsWith("d") ? p.plusYears(ahead ? 10L * count : -10L * count)
                                : p.plusYears(ahead ? count : -count);
                        return ahead ? expr(f, written, p, other, DatePrecision.PERIOD, DateExpression.FROM_ARTICLE_DATE)
                                : expr(f, written, other, p, DatePrecision.PERIOD, DateExpression.FROM_ARTICLE_DATE);
                    }));
                }
                case SEASON -> {
                    Season season = Season.of(m.group("season"));
                    if (m.group("year") != null) {
                        int year = Integer.parseInt(m.group("year"));
                        return Optional.of(expr(f, written, season.start(year), season.end(year), DatePrecision.SEASON,
                                DateExpression.EXPLICIT));
                    }
                    String dir = direction(m);
                    return published.map(p -> {
                        int year = p.getYear();
                        if (isNext(dir)) {
                            year = season.start(year).isAfter(p) ? year : year + 1;
                        } else if (isLast(dir)) {
                            year = season.end(year).isBefore(p) ? year : year - 1;
                        }
                        return expr(f, written, season.start(year), season.end(year), DatePrecision.SEASON,
                                DateExpression.FROM_ARTICLE_DATE);
                    });
                }
                case WEEKDAY -> {
                    DayOfWeek day = weekdays.get(key(m.group("weekday")));
                    String dir = direction(m);
                    return published.map(p -> {
                        LocalDate d = isNext(dir) ? p.with(TemporalAdjusters.next(day))
                                : p.with(TemporalAdjusters.previousOrSame(day));
                        return expr(f, written, d, d, DatePrecision.DAY, DateExpression.FROM_ARTICLE_DATE);
                    });
                }
                case YESTERDAY -> {
                    int back = m.group("word").toLowerCase(Locale.ROOT).startsWith("avant") ? 2 : 1;
                    return published.map(p -> expr(f, written, p.minusDays(back), p.minusDays(back), DatePrecision.DAY,
                            DateExpression.FROM_ARTICLE_DATE));
                }
                default -> {
                    return Optional.empty();
                }
            }
        } catch (java.time.DateTimeException e) {
            // « 31 février » and the like: not a date, whatever it is.
            return Optional.empty();
        }
    }

    private static DateExpression expr(Found f, String written, LocalDate start, LocalDate end, DatePrecision precision,
            String basis) {
        return new DateExpression(f.span(), written, start, end, precision, basis);
    }

    private static String direction(Matcher m) {
        try {
            String dir = m.group("dir");
            return dir == null ? "" : dir.strip().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static boolean isNext(String dir) {
        return dir.startsWith("prochain") || dir.equals("next") || dir.equals("coming");
    }

    private static boolean isLast(String dir) {
        return dir.startsWith("derni") || dir.equals("last") || dir.equals("past");
    }

    private int month(String name) {
        Integer m = months.get(key(name));
        if (m == null) {
            m = months.get(key(name) + ".");
        }
        if (m == null) {
            throw new java.time.DateTimeException("not a month: " + name);
        }
        return m;
    }

    /** A number in digits or in words of the article's language, read with ICU's spell-out rules. */
    Optional<Integer> number(String written) {
        String s = written.strip().toLowerCase(Locale.ROOT);
        if (s.chars().allMatch(Character::isDigit)) {
            return Optional.of(Integer.parseInt(s));
        }
        for (boolean lenient : new boolean[] {false, true}) {
            RuleBasedNumberFormat words = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
            words.setLenientParseMode(lenient);
            ParsePosition at = new ParsePosition(0);
            Number n = words.parse(s, at);
            if (n != null && at.getIndex() == s.length() && n.doubleValue() > 0 && n.doubleValue() <= 1000
                    && n.doubleValue() == Math.rint(n.doubleValue())) {
                return Optional.of(n.intValue());
            }
        }
        return Optional.empty();
    }

    private static LocalDate endOfMonth(LocalDate d) {
        return d.with(TemporalAdjusters.lastDayOfMonth());
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    private static boolean overlaps(TextSpan a, TextSpan b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Groups are read after the matcher has moved on, so each match keeps its own copy. */
    private static Matcher snapshot(Matcher m) {
        Matcher copy = m.pattern().matcher(m.group());
        return copy.matches() ? copy : null;
    }

    private static int sentenceIndex(Article article, int offset) {
        List<TextSpan> sentences = article.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (offset < sentences.get(mid).start()) {
                hi = mid - 1;
            } else if (offset >= sentences.get(mid).end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return lo;
    }

    /** Northern-hemisphere astronomical seasons, to the day the usual calendars give. */
    private enum Season {
        SPRING(3, 20, 6, 20), SUMMER(6, 21, 9, 22), AUTUMN(9, 23, 12, 20), WINTER(12, 21, 3, 19);

        private final int startMonth;
        private final int startDay;
        private final int endMonth;
        private final int endDay;

        Season(int startMonth, int startDay, int endMonth, int endDay) {
            this.startMonth = startMonth;
            this.startDay = startDay;
            this.endMonth = endMonth;
            this.endDay = endDay;
        }

        static Season of(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "printemps", "spring" -> SPRING;
                case "été", "summer" -> SUMMER;
                case "automne", "autumn", "fall" -> AUTUMN;
                default -> WINTER;
            };
        }

        LocalDate start(int year) {
            return LocalDate.of(year, startMonth, startDay);
        }

        LocalDate end(int year) {
            return LocalDate.of(endMonth < startMonth ? year + 1 : year, endMonth, endDay);
        }
    }

    Language language() {
        return language;
    }
}
