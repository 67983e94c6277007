package arena.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code arena} command. */
@Command(name = "arena", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Head-to-head comparisons of activation functions, losses and optimizers, trained with DL4J.",
        subcommands = {RunCommand.class, ValidateCommand.class, ReportCommand.class, CompareCommand.class, MergeCommand.class,
                VerifyCommand.class,
                ListCommand.class, PlotCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:all trials done and all checks pass",
            "1:a check or regression gate failed",
            "2:bad input (file, data, arguments); nothing trained",
            "3:one or more trials failed with an error",
            "130:interrupted; running the same command again resumes"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (Relaunch.needed()) {
            System.exit(Relaunch.withThreadSettings(args));
        }
        StopSignal.installHook();
        int code = execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
        StopSignal.finished();
        System.exit(StopSignal.requested() ? ExitCodes.worst(code, ExitCodes.INTERRUPTED) : code);
    }

    /** Runs the command line with the given streams and returns the exit code (tests call this). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("arena: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Try 'arena " + (ex.getCommandLine().getCommandName().equals("arena") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            }
            return ExitCodes.BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
