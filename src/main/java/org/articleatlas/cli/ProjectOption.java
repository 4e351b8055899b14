package org.articleatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.articleatlas.corpus.CorpusLoad;
import org.articleatlas.corpus.CorpusLoader;
import org.articleatlas.gazetteer.Gazetteer;
import org.articleatlas.geoparse.GeoparseResult;
import org.articleatlas.model.GeoPoint;
import org.articleatlas.project.CorrectionApplier;
import org.articleatlas.project.Project;
import org.articleatlas.project.ProjectFile;
import org.articleatlas.project.ProjectFileException;
import org.articleatlas.render.TeacherAnnotations;
import picocli.CommandLine.Option;

/** The {@code --project FILE} option: a teacher's project whose articles and corrections a command uses. */
final class ProjectOption {

    @Option(names = "--project", paramLabel = "FILE",
            description = "A project file (*.atlas.json) whose corrections apply: mentions marked not a place are "
                    + "left out, re-assigned ones name the teacher's place, moved markers move. Without "
                    + "article FILEs, the project's articles are read.")
    private Path file;

    private Project project;

    boolean given() {
        return file != null;
    }

    /** Reads the project, if one is named; false after printing the one-line reason it cannot be. */
    boolean read(PrintWriter err) {
        if (file == null) {
            return true;
        }
        try {
            project = new ProjectFile().read(file);
            return true;
        } catch (ProjectFileException e) {
            err.println(e.getMessage());
            return false;
        }
    }

    /** The files named on the command line, else the project's articles, else none (the seeds). */
    List<Path> articles(List<Path> named) {
        return named.isEmpty() && project != null ? ProjectArticles.paths(project, file) : named;
    }

    /**
     * Reads the articles named, else the project's, else the seeds; empty (the reason already on
     * {@code err}) when the seeds cannot be found.
     */
    Optional<CorpusLoad> loadArticles(List<Path> named, PrintWriter err) {
        List<Path> articleFiles = articles(named);
        return articleFiles.isEmpty() ? ArticlesCommand.SeedArticles.load(err)
                : Optional.of(new CorpusLoader().load(articleFiles));
    }

    /** The project's pins and notes, for a map; none without a project. */
    TeacherAnnotations annotations() {
        if (project == null) {
            return TeacherAnnotations.none();
        }
        return new TeacherAnnotations(
                project.pins().stream().map(p -> new TeacherAnnotations.Pin(new GeoPoint(p.lat(), p.lon()), p.text()))
                        .toList(),
                project.notes().stream().map(n -> new TeacherAnnotations.Note(n.placeId(), n.text())).toList());
    }

    /** The result with the project's corrections, or as it is without a project. */
    CorrectionApplier.Corrected apply(GeoparseResult result, Optional<Gazetteer> gazetteer) {
        if (project == null) {
            return new CorrectionApplier.Corrected(result, List.of());
        }
        if (needsGazetteer() && gazetteer.isEmpty()) {
            throw new IllegalStateException("a project's re-assignments need the gazetteer");
        }
        return new CorrectionApplier(id -> gazetteer.flatMap(g -> g.byId(id))).apply(result, project, file);
    }

    /** Whether the project's corrections look places up by id (re-assignments): then the gazetteer is read. */
    boolean needsGazetteer() {
        return project != null && !project.reassignments().isEmpty();
    }
}
