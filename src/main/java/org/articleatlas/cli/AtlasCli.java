package org.articleatlas.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/** Runs a command line and returns its exit code: 0 ok, 1 bad input, 2 usage, 3 internal error. */
public final class AtlasCli {

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL_ERROR = 3;

    /**
     * Every command, by name, in the order the usage lists them. picocli reads a command's
     * annotations, mixins and options by reflection when it is added: the model of all seven took a
     * fifth of a second of CPU at every start, a third of it for the six not run. A command line that
     * names a command gets only that one (its help, its usage errors and their messages are the
     * same); any other (the usage, {@code help}, a misspelt name) gets them all.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private AtlasCli() {
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("articles", ArticlesCommand::new);
        commands.put("layers", LayersCommand::new);
        commands.put("context", ContextCommand::new);
        commands.put("geoparse", GeoparseCommand::new);
        commands.put("timeline", TimelineCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("help", HelpCommand::new);
        return commands;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
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

    /** The command line for {@code line}: only the command they name, when it is one that needs no other. */
    static CommandLine commandLine(String[] line) {
        CommandLine cli = new CommandLine(new AtlasCommand());
        Supplier<Object> named = line.length > 0 && !line[0].equals("help") ? COMMANDS.get(line[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        // The handlers below reach the commands added before them.
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
