package org.articleatlas.ui.places;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.articleatlas.geodata.Geodesy;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.geoparse.ResolvedMention;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.Place;
import org.articleatlas.ui.app.Messages;

/**
 * Says in plain words what else a name could have meant and why that reading lost: « Kazan (city,
 * Russia), 1,202 km away — not chosen: … », all in the interface's language: the kind, the country,
 * the distance measured on the ellipsoid, the scores and the geoparser's reasons (through
 * {@link ReasonText}).
 */
public final class RunnerUpExplainer {

    private static final String NOT_CHOSEN = "not chosen: ";

    private final Messages messages;
    private final ReasonText reasons;

    public RunnerUpExplainer(Messages messages) {
        this.messages = messages;
        this.reasons = new ReasonText(messages);
    }

    /** One sentence per reading that lost, best first. */
    public List<String> explain(PlaceResult chosen, Optional<ResolvedMention> resolution) {
        List<Candidate> runnersUp = resolution.map(ResolvedMention::runnersUp).orElse(chosen.runnersUp());
        Optional<Double> winnerScore = resolution.map(ResolvedMention::score);
        String words = resolution.map(r -> r.mention().text())
                .orElse(chosen.mentions().isEmpty() ? "" : chosen.mentions().get(0).text());
        return runnersUp.stream().map(c -> explain(chosen.place(), words, c, winnerScore)).toList();
    }

    String explain(Place chosen, String words, Candidate loser, Optional<Double> winnerScore) {
        Place p = loser.place();
        String what = messages.get("kind." + p.kind().label())
                + p.country().map(c -> ", " + countryName(c)).orElse("");
        double km = Geodesy.distanceKm(chosen.point(), p.point());
        String why;
        if (loser.reason().startsWith(NOT_CHOSEN) && !words.isEmpty()) {
            // Set aside by the text's own words (« cathédrale historique de Kazan »), not by points: the
            // geoparser marks these « not chosen: », and the words themselves are the whole reason.
            why = messages.get("runnerUp.phrase", words, chosen.name(messages.language()));
        } else if (winnerScore.isEmpty()) {
            why = messages.get("runnerUp.note", reasons.say(loser.reason()));
        } else {
            why = messages.get("runnerUp.lowerScore", loser.score(), winnerScore.get(),
                    chosen.name(messages.language()), reasons.say(loser.reason()));
        }
        return messages.get("runnerUp.line", p.name(messages.language()), what, Math.round(km), why);
    }

    private String countryName(String iso) {
        String name = new Locale("", iso).getDisplayCountry(messages.locale());
        return name.isEmpty() ? iso : name;
    }
}
