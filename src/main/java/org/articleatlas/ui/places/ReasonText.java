package org.articleatlas.ui.places;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.articleatlas.ui.app.Messages;

/**
 * Puts the geoparser's reasons (« a capital; its country is named in the article ») in the
 * interface's language. The core writes its reasons in English because they are also the
 * command line's documented output ({@code reason} in the GeoJSON); the window says them from
 * the resource bundles instead, phrase by phrase. A phrase this class does not know yet is shown
 * as the geoparser wrote it rather than dropped: a test reads every reason the geoparser gives on
 * the project's test passages and fails on any phrase left in English in the French interface.
 */
public final class ReasonText {

    /** One phrase of a reason: what it looks like in the core's English, and its bundle key. */
    private record Phrase(Pattern english, String key) {
    }

    private static final String SEPARATOR = "; ";
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*");

    // Longer phrases first: two of them hold the separator themselves.
    private static final List<Phrase> PHRASES = List.of(
            phrase("a country named like its capital; the capital would be called « … City » or « ville de … »",
                    "country.likeCapital"),
            phrase("the article names it with its state elsewhere; a name keeps one sense in an article", "oneSense"),
            phrase("not chosen: the (\\S+) (.+?), (" + NUMBER + ") km away, is what the name alone would mean; the (.+?)"
                    + " names the landmark", "landmarkPhrase"),
            phrase("not chosen: the (\\S+) (.+?), (" + NUMBER + ") km away, is what the name alone would mean; the river"
                    + " phrase « (.+?) » names the river", "riverPhrase"),
            phrase("not chosen: the (\\S+) (.+?), (" + NUMBER + ") km away, is what the name alone would mean; the lake"
                    + " phrase « (.+?) » names the lake", "lakePhrase"),
            phrase("landmark phrase « (.+?) »", "landmarkWords"),
            phrase("river phrase « (.+?) »", "riverWords"),
            phrase("lake phrase « (.+?) »", "lakeWords"),
            phrase("bases of « (.+?) »", "basesWords"),
            phrase("its country is named in the article", "countryNamed"),
            phrase("its country is named right after it", "countryAfter"),
            phrase("the adjective « (.+?) » names its country", "countryAdjective"),
            phrase("a place it lies in or near is named right after it", "nearbyTownAfter"),
            phrase("the article's other places lie in its country", "countryOfPlaces"),
            phrase("(" + NUMBER + ") more places of the article within (" + NUMBER + ") km", "nearOthers"),
            phrase("its state, (.+?), is named right after it", "stateAfter"),
            phrase("its state, (.+?), is named in the same sentence", "stateSentence"),
            phrase("one of its towns or its country is named right beside it", "stateLocated"),
            phrase("one of its towns is named in the article, nothing of the country of the same name", "stateTownNamed"),
            phrase("the text calls it a region", "calledRegion"),
            phrase("the text calls it a town or a village", "calledTown"),
            phrase("the text gives it as a former name of (.+)", "formerName"),
            phrase("the seat of the region of the same name, which writers usually mean", "regionSeat"),
            phrase("(" + NUMBER + ") km from another place of the article", "nearOther"),
            phrase("a first-level region of (" + NUMBER + ") people", "region.people"),
            phrase("a town of unknown population, counted as (" + NUMBER + ") people", "town.unknownPeople"),
            phrase("a village of (" + NUMBER + ") people that articles name, counted as (" + NUMBER + ")",
                    "village.listed"),
            phrase("a town of (" + NUMBER + ") people", "town.people"),
            phrase("a landmark named in full", "landmark"),
            phrase("a physical feature", "physical"),
            phrase("a regional capital", "regionalCapital"),
            phrase("a capital", "capital"),
            phrase("a country", "country"),
            phrase("a region", "region"),
            phrase("the geoparser's choice \\((.+)\\), corrected by the teacher", "teacher.corrected"),
            phrase("re-assigned by the teacher in the project", "teacher.reassigned"),
            phrase("named by the teacher in the project", "teacher.named"),
            phrase("marker moved by the teacher in the project", "teacher.moved"));

    private final Messages messages;

    public ReasonText(Messages messages) {
        this.messages = messages;
    }

    private static Phrase phrase(String english, String key) {
        // A phrase ends where the reason ends or where the next phrase begins.
        return new Phrase(Pattern.compile(english + "(?=" + SEPARATOR + "|$)"), "reason." + key);
    }

    /** The reason in the interface's language, its phrases joined as the core joined them. */
    public String say(String reason) {
        List<String> said = new ArrayList<>();
        int at = 0;
        while (at < reason.length()) {
            Known known = match(reason, at);
            int end;
            if (known != null) {
                said.add(messages.get(known.phrase().key(), arguments(known)));
                end = known.matcher().end();
            } else {
                int next = reason.indexOf(SEPARATOR, at);
                end = next < 0 ? reason.length() : next;
                said.add(reason.substring(at, end));
            }
            at = end + SEPARATOR.length();
        }
        return String.join(messages.get("reason.separator"), said);
    }

    /** Whether every phrase of the reason is one this class can say in the interface's language. */
    public static boolean knowsEveryPhraseOf(String reason) {
        int at = 0;
        while (at < reason.length()) {
            Known known = match(reason, at);
            if (known == null) {
                return false;
            }
            if (known.phrase().key().equals("reason.teacher.corrected") && !knowsEveryPhraseOf(known.matcher().group(1))) {
                return false;
            }
            at = known.matcher().end() + SEPARATOR.length();
        }
        return true;
    }

    private record Known(Phrase phrase, Matcher matcher) {
    }

    private static Known match(String reason, int at) {
        for (Phrase p : PHRASES) {
            Matcher m = p.english().matcher(reason);
            m.region(at, reason.length());
            if (m.lookingAt()) {
                return new Known(p, m);
            }
        }
        return null;
    }

    private Object[] arguments(Known known) {
        Matcher m = known.matcher();
        Object[] out = new Object[m.groupCount()];
        for (int g = 1; g <= m.groupCount(); g++) {
            String value = m.group(g);
            if (NUMBER.matcher(value).matches()) {
                out[g - 1] = Long.parseLong(value.replace(",", ""));
            } else if (known.phrase().key().equals("reason.teacher.corrected")) {
                out[g - 1] = say(value);
            } else if ((known.phrase().key().equals("reason.landmarkPhrase")
                    || known.phrase().key().equals("reason.riverPhrase")) && g == 1) {
                out[g - 1] = messages.get("kind." + ("town".equals(value) ? "city" : value));
            } else {
                out[g - 1] = value;
            }
        }
        return out;
    }
}
