package org.articleatlas.ui.project;

import org.articleatlas.model.GeoPoint;
import org.articleatlas.project.Project;
import org.articleatlas.render.TeacherAnnotations;

/**
 * The open project's pins and notes as an exported map draws them, so that File → Export map… shows
 * what the window's teacher layer shows: {@code content.withAnnotations(ProjectAnnotations.of(project))}.
 */
public final class ProjectAnnotations {

    private ProjectAnnotations() {
    }

    public static TeacherAnnotations of(Project project) {
        return new TeacherAnnotations(
                project.pins().stream().map(p -> new TeacherAnnotations.Pin(new GeoPoint(p.lat(), p.lon()), p.text()))
                        .toList(),
                project.notes().stream().map(n -> new TeacherAnnotations.Note(n.placeId(), n.text())).toList());
    }
}
