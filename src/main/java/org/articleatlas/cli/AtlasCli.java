package org.articleatlas.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs a command line and returns its exit code: 0 ok, 1 bad input, 2 usage, 3 internal error. */
public final class AtlasCli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    private AtlasCli() {
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        try {
            return cli.execute(args);
        } catch (RuntimeException | LinkageError e) {
            // picocli hands Errors back to the caller; a defect still gets one line, not a trace.
            err.println("article-atlas: internal error: " + e);
            return INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AtlasCommand());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : INTERNAL_ERROR);
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            // one line, as every refusal of the command line: the cause, then where the help is
            err.println("article-atlas: " + e.getMessage() + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("article-atlas: internal error: " + e);
            return INTERNAL_ERROR;
        });
        return cli;
    }
}
