package org.articleatlas.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autosave killed mid-write: a separate process saves a project in a loop and is killed
 * ({@code SIGKILL}) at a random moment, a hundred times (`-Datlas.test.kills=N` for a quicker run); after each kill the file must parse and
 * hold the last save the process finished or the one it was making.
 */
class ProjectFileKillTest {

    static final int KILLS = Integer.getInteger("atlas.test.kills", 100);

    @Test
    void aKilledAutosaveLeavesThePreviousOrTheNewProjectNeverHalfOfOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lesson.atlas.json");
        Random random = new Random(20261123L);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int first = 1;
        int killedWhileWriting = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            // A short-lived JVM: the client compiler and the serial collector start it fastest.
            Process writer = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=off", ProjectWriterProcess.class.getName(),
                    file.toString(), Integer.toString(first))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the writer's first save").isNotNull();
            Thread.sleep(random.nextInt(30));
            // Through the handle: Process.destroyForcibly would also close the pipe with the last numbers in it.
            writer.toHandle().destroyForcibly();
            assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
            int lastDone = Integer.parseInt(line);
            for (String more = out.readLine(); more != null; more = out.readLine()) {
                lastDone = Integer.parseInt(more);
            }
            Project saved = new ProjectFile().read(file);
            int inFile = Integer.parseInt(saved.noteOn("landmark:kant-air-base").orElseThrow().text().substring(5));
            assertThat(inFile).as("kill %d", kill).isBetween(lastDone, lastDone + 1);
            assertThat(saved).isEqualTo(ProjectWriterProcess.state(ProjectFileTest.lesson(), inFile));
            if (inFile == lastDone + 1) {
                killedWhileWriting++;
            }
            first = inFile + 1;
        }
        assertThat(Files.list(dir).filter(f -> f.getFileName().toString().endsWith(".atlas.json")))
                .containsExactly(file);
        System.getLogger(getClass().getName()).log(System.Logger.Level.INFO,
                KILLS + " kills, " + killedWhileWriting + " after the move and before the save was reported");
    }
}
