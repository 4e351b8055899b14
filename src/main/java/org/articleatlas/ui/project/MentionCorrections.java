package org.articleatlas.ui.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.articleatlas.model.Article;
import org.articleatlas.model.Candidate;
import org.articleatlas.model.Mention;
import org.articleatlas.model.Place;
import org.articleatlas.project.Project;
import org.articleatlas.ui.app.Messages;
import org.articleatlas.ui.places.PlacesViewModel;

/**
 * What the reader's context menu offers on a name: read it as another place the gazetteer proposed,
 * or mark it « not a place ». Each choice is a correction in the project, applied at once to the map.
 */
public final class MentionCorrections {

    private final Messages messages;
    private final ProjectViewModel project;
    private final PlacesViewModel places;

    public MentionCorrections(Messages messages, ProjectViewModel project, PlacesViewModel places) {
        this.messages = messages;
        this.project = project;
        this.places = places;
    }

    public List<MenuItem> itemsFor(Mention mention) {
        List<MenuItem> items = new ArrayList<>();
        Article article = places.article(mention.articleId()).orElse(null);
        if (article == null) {
            return items;
        }
        String file = article.fileName();
        Map<String, Place> others = new LinkedHashMap<>();
        places.resolution(mention).ifPresent(r -> {
            for (Candidate c : r.runnersUp()) {
                others.putIfAbsent(c.place().id(), c.place());
            }
            others.remove(r.entry().id());
        });
        if (!others.isEmpty()) {
            Menu readAs = new Menu(messages.get("reader.correct.readAs", mention.text()));
            readAs.setId("readAsMenu");
            others.values().forEach(p -> {
                MenuItem item = new MenuItem(messages.get("reader.correct.candidate", p.name(messages.language()),
                        messages.get("kind." + p.kind().label()), p.country().orElse("\u2014")));
                item.setOnAction(e -> project.edit(pr -> pr.withReassignment(new Project.Reassignment(file,
                        mention.span().start(), mention.span().end(), mention.text(), p.id()))));
                readAs.getItems().add(item);
            });
            items.add(readAs);
        }
        MenuItem notAPlace = new MenuItem(messages.get("reader.correct.notAPlace", mention.text()));
        notAPlace.setId("notAPlaceItem");
        notAPlace.setOnAction(e -> project.edit(pr -> pr.withNotAPlace(new Project.NotAPlace(file,
                mention.span().start(), mention.span().end(), mention.text()))));
        items.add(notAPlace);
        boolean corrected = project.project().reassignments().stream().anyMatch(r -> r.article().equals(file)
                && r.start() == mention.span().start() && r.end() == mention.span().end());
        if (corrected) {
            MenuItem undo = new MenuItem(messages.get("reader.correct.undo"));
            undo.setOnAction(e -> project.edit(pr -> withoutCorrection(pr, file, mention)));
            items.add(new SeparatorMenuItem());
            items.add(undo);
        }
        return items;
    }

    /** The « not a place » marks only show in the project file: the name is gone from the map and the text. */
    private static Project withoutCorrection(Project p, String file, Mention m) {
        List<Project.Reassignment> kept = p.reassignments().stream().filter(r -> !(r.article().equals(file)
                && r.start() == m.span().start() && r.end() == m.span().end())).toList();
        return new Project(p.schemaVersion(), p.articles(), p.layers(), p.notes(), p.pins(), p.movedMarkers(), kept,
                p.notPlaces());
    }
}
