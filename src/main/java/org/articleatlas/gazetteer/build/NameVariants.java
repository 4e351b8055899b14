package org.articleatlas.gazetteer.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extra spellings of a place name under which articles write it, derived from the catalogue
 * names by fixed, documented rules (see {@code geodata/README.md}).
 *
 * <p>Only two kinds are derived here. Accent folding, case and hyphen-versus-space are left to
 * the gazetteer's normaliser, which must apply them to article text too.
 */
public final class NameVariants {

    /** Marks that GeoNames' romanisations use for Russian soft signs, Arabic 'ayn and the like. */
    private static final Pattern TRANSLITERATION_MARK = Pattern.compile("[\u2019\u2018\u02BC\u02BB\u02B9\u02BE\u02BF]");
    /** A French elided article or preposition, whose apostrophe is real punctuation and stays. */
    private static final Pattern FRENCH_ELISION = Pattern.compile("(?:^|[\\s-])(?:[dDlLjJnNsScC]|[qQ]u|[jJ]usqu|[lL]orsqu)$");

    /**
     * French names of regions start with the kind of region; articles mostly write the bare
     * name (« la Tchétchénie », « au Daghestan »).
     */
    private static final Pattern FRENCH_REGION_KIND = Pattern.compile(
            "^(?:République autonome|République|Oblast autonome|Oblast|Voblast|Région autonome|Région"
                    + "|Province autonome|Province|Kraï|District autonome|District fédéral|District|Raion"
                    + "|Voïvodie|Municipalité|Préfecture|Comté|Canton|État|Territoire|Gouvernorat|Département|Județ)"
                    + " (?:de la |de l'|de l\u2019|du |des |de |d'|d\u2019)(.+)$");
    private static final Pattern ENGLISH_REGION_KIND_PREFIX = Pattern.compile(
            "^(?:Autonomous Republic of|Republic of|Province of|State of) (.+)$");
    private static final Pattern ENGLISH_REGION_KIND_SUFFIX = Pattern.compile(
            "^(.+?) (?:Oblast|Oblast'|Oblast\u2019|Region|region|Province|Republic|Krai|Kray|Governorate"
                    + "|District|Prefecture|Autonomous Okrug|Voivodeship|Municipality|Department|City)$");

    /**
     * In 18 names of the French catalogue the apostrophe after an elided "d" or "l" is missing
     * ("Préfecture dAkita", "Vaihingen-sur-lEnz"); a lone lower-case d or l glued to a capital
     * vowel is never French otherwise.
     */
    private static final Pattern LOST_ELISION = Pattern.compile("(^|[\\s-])([dl])(?=[AEIOUYÉÈÊÎÔÂ])");

    /**
     * Bare region names that are only a direction or a generic word ("Central District" →
     * "Central") would match ordinary words in every article, so they are not offered.
     */
    private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "centre", "center", "middle", "upper", "lower", "northeast", "northwest",
            "southeast", "southwest", "nord", "sud", "est", "ouest", "haut", "bas", "moyen", "capital", "coastal",
            "littoral", "island", "islands", "îles", "île", "and", "et", "of", "de", "du", "la", "le", "des");

    private NameVariants() {
    }

    /** A French catalogue name, cleaned, with its lost elision apostrophes put back. */
    public static String cleanFrench(String name) {
        return LOST_ELISION.matcher(clean(name)).replaceAll("$1$2'");
    }

    /** The name with romanisation marks removed ("Kazan’" → "Kazan"), if that changes it. */
    public static Optional<String> withoutTransliterationMarks(String name) {
        Matcher m = TRANSLITERATION_MARK.matcher(name);
        StringBuilder out = new StringBuilder(name.length());
        boolean changed = false;
        while (m.find()) {
            boolean elision = m.group().equals("\u2019")
                    && FRENCH_ELISION.matcher(name.substring(0, m.start())).find();
            m.appendReplacement(out, elision ? Matcher.quoteReplacement(m.group()) : "");
            changed |= !elision;
        }
        m.appendTail(out);
        return changed ? Optional.of(collapseSpaces(out.toString())) : Optional.empty();
    }

    /**
     * GeoNames writes Russian « ё » as « ë » (« Artëm », « Budënnovsk »); the press writes "yo"
     * (Artyom, Budyonnovsk), and "o" after zh, sh and ch (Russian ё is then sounded o). Folding
     * « ë » to « e » gives a third spelling, "Artem", which the normaliser already matches.
     */
    public static String withYoForE(String name) {
        if (name.indexOf('ë') < 0 && name.indexOf('Ë') < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == 'Ë') {
                out.append("Yo");
            } else if (c == 'ë') {
                boolean hushing = i >= 2 && name.charAt(i - 1) == 'h' && "zscZSC".indexOf(name.charAt(i - 2)) >= 0;
                out.append(hushing ? "o" : "yo");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Russian « е » at a word's start: « Ye » in GeoNames' (BGN) romanisation, « E » in much press copy. */
    private static final Pattern INITIAL_YE = Pattern.compile("(?<![\\p{L}'])Ye(?=[bcdfghjklmnpqrstvwxyz])");
    /** « й » after a vowel and before a consonant or a word's end: y in GeoNames, i in much press copy. */
    private static final Pattern SHORT_I = Pattern.compile("(?<=[aeiou])y(?=[bcdfghjklmnpqrstvwxz])|(?<=[eo])y(?![\\p{L}])");
    /** « е » after a vowel or a soft sign: « ye » in GeoNames, « e » in much press copy (Chapayevsk, Chapaevsk). */
    private static final Pattern YE_AFTER_VOWEL = Pattern.compile("(?<=[aeiou])ye|(?<=[bdfklmnprstvz])yev");

    /**
     * The other English spellings of a Russian-style romanised name that the press uses beside
     * GeoNames' (BGN) one: « E » for an initial « Ye » (Yelets, Elets; Yeysk, Eysk), and « i » for
     * « y » after a vowel with « e » for « ye » after a vowel (Tayshet, Taishet; Yeysk, Yeisk; Shatoy,
     * Shatoi; Chapayevsk, Chapaevsk; Prokopyevsk, Prokopevsk). Not « -y » for a final « -yy » or « -iy »: the
     * names so made are mostly adjectives (Yuzhny, Severny, Vostochny, Russky) that English texts write as
     * part of another place's name (the Vostochny cosmodrome, Severny Island). Only forms of five letters or more,
     * since a shorter one is too often a word or a syllable, and none ending like a Russian surname
     * (« Efremov », « Ershov », « Tutaev »), which the press writes that way for people.
     */
    public static List<String> russianPressForms(String name) {
        List<String> out = new ArrayList<>(2);
        String e = INITIAL_YE.matcher(name).replaceAll("E");
        String i = YE_AFTER_VOWEL.matcher(SHORT_I.matcher(name).replaceAll("i"))
                .replaceAll(m -> m.group().equals("ye") ? "e" : "ev");
        for (String form : List.of(e, i)) {
            if (!form.equals(name) && !out.contains(form) && letterCount(form) >= 5 && !form.endsWith("ov")
                    && !form.endsWith("ev")) {
                out.add(form);
            }
        }
        return out;
    }

    /** The region's name without its kind ("République de Tchétchénie" → "Tchétchénie"). */
    public static Optional<String> withoutRegionKind(String name) {
        for (Pattern p : List.of(FRENCH_REGION_KIND, ENGLISH_REGION_KIND_PREFIX, ENGLISH_REGION_KIND_SUFFIX)) {
            Matcher m = p.matcher(name);
            if (m.matches()) {
                String bare = m.group(1).trim();
                // "Jewish Autonomous Oblast" is not "Jewish": an adjective left alone is no name.
                if (bare.endsWith(" Autonomous") || bare.equals("Autonomous") || isGeneric(bare)) {
                    return Optional.empty();
                }
                return Optional.of(bare);
            }
        }
        return Optional.empty();
    }

    /** A name made safe for one TSV field: no tabs or line breaks, single spaces, trimmed. */
    public static String clean(String name) {
        return collapseSpaces(name.replaceAll("[\\t\\r\\n\\u0085\\u2028\\u2029]", " "));
    }

    /**
     * Alternative names in a stable order, without the row's own name columns, duplicates,
     * names with fewer than two letters, or names holding the list separator.
     */
    public static List<String> altNames(Collection<String> primaries, Collection<String> candidates) {
        Set<String> taken = new LinkedHashSet<>();
        for (String p : primaries) {
            taken.add(clean(p));
        }
        Set<String> result = new LinkedHashSet<>();
        for (String c : candidates) {
            String name = clean(c);
            if (letterCount(name) >= 2 && name.indexOf('|') < 0 && !taken.contains(name)) {
                result.add(name);
            }
        }
        return new ArrayList<>(result);
    }

    private static boolean isGeneric(String bare) {
        for (String word : bare.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (!GENERIC_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static int letterCount(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    private static String collapseSpaces(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
