package org.articleatlas.geoparse;

import org.articleatlas.geodata.Border;
import org.articleatlas.model.Mention;

/** A border the text speaks of, linked to the border word in its sentence. */
public record BorderMention(Border border, Mention mention, String reason) {
}
