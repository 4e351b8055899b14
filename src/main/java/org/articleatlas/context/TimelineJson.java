package org.articleatlas.context;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The timeline as the {@code timeline} command prints it; field names are a contract read by other tools. */
public record TimelineJson(@JsonProperty("events") List<Event> events) {

    @JsonPropertyOrder({"date", "text", "article", "start", "end", "sentence", "sentence_start", "sentence_end",
        "places"})
    public record Event(
            @JsonProperty("date") Date date,
            @JsonProperty("text") String text,
            @JsonProperty("article") String article,
            @JsonProperty("start") int start,
            @JsonProperty("end") int end,
            @JsonProperty("sentence") String sentence,
            @JsonProperty("sentence_start") int sentenceStart,
            @JsonProperty("sentence_end") int sentenceEnd,
            @JsonProperty("places") List<String> places) {
    }

    /** @param start first day covered, ISO 8601; @param end last day covered */
    @JsonPropertyOrder({"start", "end", "precision", "basis"})
    public record Date(
            @JsonProperty("start") String start,
            @JsonProperty("end") String end,
            @JsonProperty("precision") String precision,
            @JsonProperty("basis") String basis) {
    }

    public static TimelineJson of(List<DatedEvent> events) {
        return new TimelineJson(events.stream().map(e -> new Event(
                new Date(e.date().start().toString(), e.date().end().toString(), e.date().precision().label(),
                        e.date().basis()),
                e.date().text(), e.article(), e.date().span().start(), e.date().span().end(), e.sentenceText(),
                e.sentence().start(), e.sentence().end(), e.placeIds())).toList());
    }
}
