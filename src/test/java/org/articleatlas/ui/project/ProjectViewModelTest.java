package org.articleatlas.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.articleatlas.project.Project;
import org.junit.jupiter.api.Test;

class ProjectViewModelTest {

    /** A timer that only records what it was asked to run later. */
    private final List<Runnable> waiting = new ArrayList<>();
    private final ProjectViewModel model = new ProjectViewModel(save -> waiting.add(save));
    private int autosaves;

    ProjectViewModelTest() {
        model.setAutosave(() -> autosaves++);
    }

    @Test
    void aNewProjectIsCleanAndUntitled() {
        assertThat(model.isDirty()).isFalse();
        assertThat(model.name()).isEmpty();
        assertThat(model.project()).isEqualTo(Project.empty());
    }

    @Test
    void aChangeToAProjectNeverSavedMarksItUnsavedWithoutAnAutosave() {
        model.edit(p -> p.withNote("geonames:1", "Capital since 1991"));
        assertThat(model.isDirty()).isTrue();
        assertThat(waiting).as("no file to autosave to yet").isEmpty();
    }

    @Test
    void aChangeToASavedProjectAsksForAnAutosaveThatWritesTheLatestState() {
        model.replace(Project.empty(), Path.of("/tmp/lesson.atlas.json"));
        assertThat(model.name()).contains("lesson");
        model.edit(p -> p.withNote("geonames:1", "first"));
        model.edit(p -> p.withNote("geonames:1", "second"));
        assertThat(waiting).hasSize(2);
        waiting.get(waiting.size() - 1).run();
        assertThat(autosaves).isEqualTo(1);
        assertThat(model.snapshot().project().noteOn("geonames:1").orElseThrow().text()).isEqualTo("second");
    }

    @Test
    void aSaveOfAnOlderStateLeavesTheProjectUnsaved() {
        model.replace(Project.empty(), Path.of("/tmp/lesson.atlas.json"));
        model.edit(p -> p.withNote("geonames:1", "first"));
        ProjectViewModel.Snapshot writing = model.snapshot();
        model.edit(p -> p.withNote("geonames:1", "typed while the save ran"));
        model.saved(writing, Path.of("/tmp/lesson.atlas.json"));
        assertThat(model.isDirty()).as("the second change is not on disk").isTrue();
        model.saved(model.snapshot(), Path.of("/tmp/lesson.atlas.json"));
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aChangeThatChangesNothingIsNotAChange() {
        model.edit(p -> p.withNote("geonames:1", ""));
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void openingAProjectReplacesItAsSaved() {
        model.edit(p -> p.withNote("geonames:1", "unsaved"));
        Project opened = Project.empty().withNote("geonames:2", "from the file");
        model.replace(opened, Path.of("/tmp/other.atlas.json"));
        assertThat(model.isDirty()).isFalse();
        assertThat(model.project()).isEqualTo(opened);
        assertThat(model.file()).contains(Path.of("/tmp/other.atlas.json"));
    }

    @Test
    void relativeArticlePathsAreReadFromTheProjectsFolder() {
        Project p = Project.empty().withArticles(List.of("seeds/a.txt", "/abs/b.txt"));
        assertThat(ProjectController.articlePaths(p, Path.of("/home/t/lesson.atlas.json")))
                .containsExactly(Path.of("/home/t/seeds/a.txt"), Path.of("/abs/b.txt"));
    }
}
