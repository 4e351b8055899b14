package org.articleatlas.ui.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.articleatlas.geoparse.GeoparseResult.PlaceResult;
import org.articleatlas.ui.app.Messages;
import org.junit.jupiter.api.Test;

class RunnerUpExplainerTest {

    private static List<String> explain(Locale locale, String placeId) {
        PlacesViewModel model = new PlacesViewModel();
        model.accept(SeedlikeReading.reading());
        PlaceResult place = model.places().stream().filter(p -> p.place().id().equals(placeId)).findFirst().orElseThrow();
        return new RunnerUpExplainer(Messages.forLocale(locale)).explain(place, model.resolution(place.mentions().get(0)));
    }

    @Test
    void saysWhichKazanLostHowFarAwayItIsAndWhatTheTextSaid() {
        assertThat(explain(Locale.ENGLISH, "landmark:kazan-cathedral")).singleElement().asString()
                .matches("Kazan \\(city, Russia\\), 1,2\\d\\d km away — not chosen: the words « Kazan » name "
                        + "Kazan Cathedral, not the city or region that bears the name");
        assertThat(explain(Locale.FRENCH, "landmark:kazan-cathedral")).singleElement().asString()
                .matches("Kazan \\(ville, Russie\\), à 1.2\\d\\d km — écarté : les mots « Kazan » désignent "
                        + "Cathédrale Notre-Dame-de-Kazan, pas la ville ou la région du même nom");
    }

    @Test
    void comparesTheScoresWhenTheRunnerUpLostOnPoints() {
        assertThat(explain(Locale.ENGLISH, "geonames:2660646")).singleElement().asString()
                .startsWith("Canton of Geneva (region, Switzerland), 3 km away — not chosen: it scored 7.31 against 7.79 for Geneva");
    }

    @Test
    void speaksFrenchToFrenchUsers() {
        assertThat(explain(Locale.FRENCH, "geonames:2660646")).singleElement().asString()
                .startsWith("Canton de Genève (région, Suisse), à 3 km — écarté : score de 7,31 contre 7,79 pour Genève");
    }
}
