package org.articleatlas.project;

import java.nio.file.Path;
import java.util.List;

/**
 * A process that saves a project over and over, as autosave does, printing the number of each
 * save once it is done; {@link ProjectFileKillTest} kills it at random moments.
 */
public final class ProjectWriterProcess {

    private ProjectWriterProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        ProjectFile projects = new ProjectFile();
        Project base = ProjectFileTest.lesson();
        long deadline = System.nanoTime() + 60_000_000_000L;
        // Stops by itself when nobody reads its output any more, or after a minute: never an orphan for long.
        for (int n = Integer.parseInt(args[1]); System.nanoTime() < deadline; n++) {
            projects.write(file, state(base, n));
            System.out.println(n);
            if (System.out.checkError()) {
                return;
            }
        }
    }

    /** Save number {@code n}: a note and as many pins, so that states differ in size too. */
    static Project state(Project base, int n) {
        Project p = base.withNote("landmark:kant-air-base", "save " + n);
        for (int i = 0; i < n % 40; i++) {
            p = p.withPin(new Project.Pin("pin-" + i, i % 90, i % 180, "pin " + i + " of save " + n));
        }
        return p.withArticles(List.of("save-" + n + ".txt"));
    }
}
