package org.articleatlas.geoparse;

import java.util.List;
import org.articleatlas.gazetteer.GazetteerEntry;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.Mention;

/** A mention and the place it was resolved to, with the score, the reason and the runners-up. */
public record ResolvedMention(Mention mention, GazetteerEntry entry, double score, String reason, List<Candidate> runnersUp) {
}
