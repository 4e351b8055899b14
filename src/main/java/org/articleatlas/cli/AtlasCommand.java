package org.articleatlas.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level command: with no command the launcher opens the window instead. Its commands are
 * added by {@link AtlasCli}, which builds only the one a command line runs.
 */
@Command(name = "article-atlas",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns news articles into an interactive, teachable map.",
            "Without a command it opens the desktop window; with one it runs headless."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:bad input (one line on standard error names the file and the cause)",
            "2:usage error",
            "3:internal error"})
final class AtlasCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
