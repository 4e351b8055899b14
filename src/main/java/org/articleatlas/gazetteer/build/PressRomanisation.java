package org.articleatlas.gazetteer.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings the English-language press uses for towns that GeoNames names in a national
 * Latin alphabet or with an Arabic article: Uzbek « Qarshi », « Xo‘jayli Shahri » (Karshi,
 * Khojayli), Kazakh « Zhezqazghan » (Zhezkazgan, Jezkazgan, Dzhezkazgan), Azerbaijani
 * « Sumqayıt », « Şǝki » (Sumgayit, Shaki, Sheki), Turkmen « Daşoguz » (Dashoguz), Arabic
 * « Ar Raqqah » (Raqqa), Mongolian « Sühbaatar », « Nalayh » (Sükhbaatar, Nalaikh), Georgian
 * « Q’vareli » (Kvareli). These
 * alphabets write with one letter what the Russian-derived press
 * romanisation writes with another or with two (Uzbek and Kazakh q for k, Uzbek and Azerbaijani
 * x for kh, Azerbaijani q for g and c for j); the accent folding of the gazetteer cannot bridge
 * them, since it maps « ş » to s, not sh.
 *
 * <p>The rules are the usual letter correspondences of each alphabet, applied letter by letter;
 * they give plain ASCII forms, from which {@link FrenchTransliteration} then derives the French
 * ones (« Dachoguz », « Djezkazgan »).
 */
final class PressRomanisation {

    /** Countries whose GeoNames town names are written in their own Latin alphabet. */
    static final Set<String> LATIN_ALPHABETS = Set.of("UZ", "KZ", "AZ", "TM", "MN", "GE");

    /** Countries whose GeoNames town names use an Arabic article and « -ah » endings. */
    static final Set<String> ARABIC = Set.of("SY", "IQ", "SA", "YE", "JO", "LB", "AE", "OM", "KW", "QA", "BH", "EG",
            "LY", "TN", "DZ", "MA", "SD", "PS");

    /** GeoNames writes the article as Al, Ar, As, Ash… and joins it with a space or a hyphen. */
    private static final Pattern ARABIC_ARTICLE = Pattern.compile(
            "^(?:Al|El|Ar|As|Ash|Aş|Ad|Adh|Aḑ|An|At|Ath|Aţ|Az|Az̧)[ -](\\p{Lu}.+)$");

    /** Uzbek « shahri » (town of), « tumani » (district of) follow the name in many GeoNames rows. */
    private static final Pattern UZBEK_KIND = Pattern.compile("^(.+?) (?:Shahri|Shahar|Tumani)$");

    /** A bare Arabic name shorter than this is too often a word or a syllable of one (Bab, Ain). */
    private static final int MIN_BARE_ARABIC = 4;

    private static final Map<Character, String> AZERBAIJANI = Map.ofEntries(Map.entry('q', "g"), Map.entry('x', "kh"),
            Map.entry('c', "j"), Map.entry('ç', "ch"), Map.entry('ş', "sh"), Map.entry('ğ', "g"), Map.entry('ı', "i"),
            Map.entry('ə', "a"), Map.entry('ǝ', "a"), Map.entry('ö', "o"), Map.entry('ü', "u"));
    private static final Map<Character, String> TURKMEN = Map.of('ş', "sh", 'ç', "ch", 'ž', "zh", 'ň', "n", 'ý', "y",
            'ä', "a", 'ö', "o", 'ü', "u");
    private static final Map<Character, String> KAZAKH = Map.of('q', "k", 'ö', "o", 'ü', "u", 'ä', "a", 'ū', "u",
            'ı', "y", 'ğ', "g", 'ң', "n");
    /** Uzbek Latin, and the older romanisation GeoNames also uses (ŭ for o‘). */
    private static final Map<Character, String> UZBEK = Map.of('q', "k", 'x', "kh", 'ŭ', "u", 'ʻ', "", '‘', "", '’', "",
            '\'', "");

    /** « City » ends some GeoNames names in English ("Sharur City"); it is no part of the name to transliterate. */
    private static final Pattern CITY = Pattern.compile("^(.+) City$");

    private PressRomanisation() {
    }

    /** The press forms of a town's GeoNames name in {@code country}, none equal to the name itself. */
    static List<String> of(String fullName, String country) {
        List<String> out = new ArrayList<>(4);
        Matcher city = CITY.matcher(fullName);
        String name = city.matches() && LATIN_ALPHABETS.contains(country) ? city.group(1) : fullName;
        if (!name.equals(fullName)) {
            out.add(name);
        }
        switch (country) {
            case "UZ" -> uzbek(name, out);
            case "KZ" -> kazakh(name, out);
            case "AZ" -> {
                add(out, name, mapped(name, AZERBAIJANI));
                // Azerbaijani ə is a, or e in the Russian-derived spelling: Şəki is Shaki and Sheki.
                add(out, name, mapped(name.replace('ə', 'e').replace('ǝ', 'e').replace('Ə', 'E').replace('Ǝ', 'E'),
                        AZERBAIJANI));
            }
            case "TM" -> add(out, name, mapped(name, TURKMEN));
            case "MN" -> add(out, name, mongolian(name));
            case "GE" -> add(out, name, georgian(name));
            default -> {
                if (ARABIC.contains(country)) {
                    arabic(name, out);
                }
            }
        }
        return out;
    }

    private static void uzbek(String name, List<String> out) {
        Matcher kind = UZBEK_KIND.matcher(name);
        String bare = kind.matches() ? kind.group(1) : name;
        add(out, name, bare);
        // o‘ and g‘ are letters of their own (o, gh): their mark goes before « o » becomes « a ».
        String marked = bare.replaceAll("([OoGg])[ʻ‘’']", "$1\u0000");
        String plain = mapped(marked, UZBEK).replace("\u0000", "");
        add(out, name, plain);
        // Uzbek « o » is the Russian-derived spelling's « a » (Toshkent, Andijon, Moʻynoq: Tashkent,
        // Andijan, Moynak); « o‘ » stays o.
        StringBuilder a = new StringBuilder(marked.length());
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            boolean oWithMark = i + 1 < marked.length() && marked.charAt(i + 1) == '\u0000';
            a.append(c == 'o' && !oWithMark ? 'a' : c == 'O' && !oWithMark ? 'A' : c);
        }
        // Russian-derived spellings write Uzbek « gh » as g (Uchqŭrghon, Uchkurgan).
        add(out, name, mapped(a.toString(), UZBEK).replace("\u0000", "").replace("gh", "g"));
    }

    /** Mongolian х: h in GeoNames' (BGN) romanisation, kh in the press's (Sühbaatar, Sükhbaatar). */
    private static final Pattern MONGOLIAN_H = Pattern.compile("(?<![CcSsZzKk])[hH]");

    /**
     * GeoNames romanises Mongolian Cyrillic with h for х, « ay » for ай and « iy » for ий (Nalayh,
     * Arhangay, Hentiy); the press writes kh, ai and ii (Nalaikh, Arkhangai, Khentii).
     */
    private static String mongolian(String name) {
        String kh = MONGOLIAN_H.matcher(name).replaceAll(m -> m.group().equals("H") ? "Kh" : "kh");
        return kh.replaceAll("ay\\b", "ai").replaceAll("ay(?=[^aeiouyüöAEIOUY])", "ai").replaceAll("iy\\b", "ii");
    }

    /**
     * GeoNames writes Georgian ყ as q and marks ejectives with an apostrophe (Q’vareli, Ts’q’alt’ubo,
     * T’q’ibuli); the press writes k and drops the marks (Kvareli, Tskaltubo, Tkibuli).
     */
    private static String georgian(String name) {
        return name.replaceAll("[’'ʼ‘]", "").replace('q', 'k').replace('Q', 'K');
    }

    private static void kazakh(String fullName, List<String> out) {
        // « Almaty Oblysy »: oblysy is Kazakh for region.
        String name = fullName.endsWith(" Oblysy") ? fullName.substring(0, fullName.length() - " Oblysy".length())
                : fullName;
        add(out, fullName, name);
        // « ngh » is ң followed by gh (Mangghystaū): the press writes one g (Mangystau).
        String plain = mapped(name, KAZAKH).replace("nggh", "ng").replace("ngh", "ng").replace("gh", "g")
                .replace("Gh", "G");
        add(out, name, plain);
        // Kazakh Ж: Zh in GeoNames, J in Kazakhstan's new Latin alphabet and in much press copy, Dzh
        // in the Soviet-era spelling (Zhezkazgan, Jezkazgan, Dzhezkazgan).
        if (plain.startsWith("Zh")) {
            add(out, name, "J" + plain.substring(2));
            add(out, name, "Dzh" + plain.substring(2));
        }
    }

    private static void arabic(String name, List<String> out) {
        Matcher m = ARABIC_ARTICLE.matcher(name);
        List<String> forms = new ArrayList<>(List.of(name));
        if (m.matches() && NameVariants.letterCount(m.group(1)) >= MIN_BARE_ARABIC) {
            forms.add(m.group(1));
        }
        for (String f : forms) {
            add(out, name, f);
            // Tā' marbūṭa: GeoNames writes « -ah », the press « -a » (Ar Raqqah, Raqqa).
            if (f.endsWith("ah") && NameVariants.letterCount(f) > MIN_BARE_ARABIC) {
                add(out, name, f.substring(0, f.length() - 1));
            }
        }
    }

    private static String mapped(String s, Map<Character, String> letters) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = Character.toLowerCase(c);
            String r = letters.get(lower);
            if (r == null && lower == 'i' && c == 'İ') {
                r = "i";
            }
            if (r == null) {
                out.append(c);
            } else if (Character.isUpperCase(c) && !r.isEmpty()) {
                out.append(Character.toUpperCase(r.charAt(0))).append(r, 1, r.length());
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }

    private static void add(List<String> out, String name, String form) {
        String f = form.trim();
        if (!f.isEmpty() && !f.equals(name) && !out.contains(f) && !f.toLowerCase(Locale.ROOT).equals(
                name.toLowerCase(Locale.ROOT))) {
            out.add(f);
        }
    }
}
