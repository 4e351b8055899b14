package org.articleatlas.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.articleatlas.model.GeoPoint;
import org.articleatlas.project.Project;
import org.articleatlas.render.TeacherAnnotations;
import org.junit.jupiter.api.Test;

class ProjectAnnotationsTest {

    @Test
    void theProjectsPinsAndNotesBecomeTheExportedMapsAnnotations() {
        Project project = Project.empty().withPin(new Project.Pin("p1", 41.31, 69.28, "Départ"))
                .withNote("landmark:kant-air-base", "Ouverte en 2003");
        TeacherAnnotations annotations = ProjectAnnotations.of(project);
        assertThat(annotations.pins()).containsExactly(new TeacherAnnotations.Pin(new GeoPoint(41.31, 69.28), "Départ"));
        assertThat(annotations.notes()).containsExactly(
                new TeacherAnnotations.Note("landmark:kant-air-base", "Ouverte en 2003"));
        assertThat(ProjectAnnotations.of(Project.empty()).isEmpty()).isTrue();
    }
}
