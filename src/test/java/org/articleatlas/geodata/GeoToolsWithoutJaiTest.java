package org.articleatlas.geodata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.spi.IIORegistry;
import org.geotools.util.Converters;
import org.geotools.util.logging.Logging;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application runs GeoTools from a copy of geotools-wrapper without Java Advanced Imaging (the
 * build writes it to {@code target/lib/}, see pom.xml), and the tests run on that same copy: these
 * check that JAI is really gone and that GeoTools still answers where the missing library could
 * have turned a quiet "no" into an error.
 */
class GeoToolsWithoutJaiTest {

    @Test
    void theGeoToolsJarIsTheCopyTheApplicationRunsOnAndHoldsNoJai() throws Exception {
        Path jar = Path.of(Logging.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // The file the jar's manifest names (lib/ beside target/article-atlas.jar), not the Maven artifact.
        assertThat(jar.getParent()).isEqualTo(Path.of("target", "lib").toAbsolutePath());
        assertThat(jar.getFileName().toString()).startsWith("geotools-wrapper-");
        assertThatThrownBy(() -> Class.forName("javax.media.jai.JAI")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void openingTheLayersInAFreshJvmLoadsNoJaiClass(@TempDir Path dir) throws Exception {
        Path classLog = dir.resolve("classes.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process layers = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classLog,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.articleatlas.Launcher", "layers")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(layers.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(layers.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(layers.exitValue()).isZero();
        assertThat(out.lines().map(line -> line.split("\t")[0]))
                .contains("countries", "borders", "regions", "landmarks");

        List<String> loaded = Files.readAllLines(classLog);
        // GeoTools' logging set-up ran: that is where JAI used to be started.
        assertThat(loaded).anyMatch(line -> line.contains(" org.geotools.util.logging.Logging "));
        assertThat(loaded).noneMatch(line -> line.contains(" javax.media.jai.") || line.contains(" com.sun.media.jai."));
    }

    @Test
    void textGeoToolsCannotConvertIsStillNoAnswerNotAnError() {
        // Converters asks every registered converter factory in turn; the one that turns text into a
        // JAI Interpolation would fail on its first use without JAI, hence its removal from the copy.
        assertThat(Converters.convert("not a number", Double.class)).isNull();
        assertThat(Converters.convert("12", Integer.class)).isEqualTo(12);
        assertThat(Converters.convert("#FF0000", java.awt.Color.class)).isEqualTo(java.awt.Color.RED);
    }

    @Test
    void imageIoRegistersTheJarsImagePluginsWithoutAnError() {
        // ImageIO prints and swallows an error raised while registering a plugin; imageio-ext's TIFF
        // plugins raised one without JAI, hence their removal from the copy. Registering the class
        // path's plugins again runs every plugin's registration again.
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            IIORegistry.getDefaultInstance().registerApplicationClasspathSpis();
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
