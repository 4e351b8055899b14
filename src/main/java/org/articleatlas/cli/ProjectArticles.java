package org.articleatlas.cli;

import java.nio.file.Path;
import java.util.List;
import org.articleatlas.project.Project;

/** A project's article paths as files: relative ones are read from the project file's folder. */
final class ProjectArticles {

    private ProjectArticles() {
    }

    static List<Path> paths(Project project, Path projectFile) {
        Path folder = projectFile.toAbsolutePath().getParent();
        return project.articles().stream().map(Path::of).map(p -> p.isAbsolute() ? p : folder.resolve(p).normalize())
                .toList();
    }
}
