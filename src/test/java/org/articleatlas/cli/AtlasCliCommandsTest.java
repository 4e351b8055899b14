package org.articleatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AtlasCliCommandsTest {

    private static final List<String> ALL = List.of("articles", "layers", "context", "geoparse", "timeline", "export",
            "help");

    @Test
    void withoutACommandEveryCommandIsThereInTheUsageOrder() {
        assertThat(AtlasCli.commandLine(new String[0]).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
        assertThat(AtlasCli.commandLine(new String[] {"--help"}).getSubcommands().keySet()).containsExactlyElementsOf(ALL);
        assertThat(AtlasCli.commandLine(new String[] {"geoparsee"}).getSubcommands().keySet())
                .containsExactlyElementsOf(ALL);
    }

    @Test
    void helpGetsEveryCommandItMayDescribe() {
        assertThat(AtlasCli.commandLine(new String[] {"help", "geoparse"}).getSubcommands().keySet())
                .containsExactlyElementsOf(ALL);
    }

    @Test
    void aNamedCommandIsBuiltAloneAndIsTheOneItsAnnotationNames() {
        for (String name : ALL.subList(0, ALL.size() - 1)) {
            CommandLine cli = AtlasCli.commandLine(new String[] {name, "--help"});
            assertThat(cli.getSubcommands().keySet()).as(name).containsExactly(name);
            assertThat(cli.getSubcommands().get(name).getCommandSpec().qualifiedName())
                    .isEqualTo("article-atlas " + name);
        }
    }

    @Test
    void aNamedCommandStillRefusesBadUsageWithTheSameLine() {
        CliRun run = CliRun.of("geoparse", "--bogus");
        assertThat(run.exitCode()).isEqualTo(AtlasCli.USAGE);
        assertThat(run.err()).isEqualTo("article-atlas: Unknown option: '--bogus' (see 'article-atlas geoparse --help')\n");
    }
}
