package org.vigil.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigil} command line. */
@Command(name = "vigil",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Vigil: news text to coded CAMEO/PLOVER events, with the evidence for each.",
        subcommands = {RunCommand.class, IngestCommand.class, CodeCommand.class, EvalCommand.class, ExportCommand.class,
            BenchCommand.class, ServeCommand.class, SparkCommand.class, DictionariesCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        int status = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(status);
    }

    /** The command line with the standard engine (CoreNLP and the dependency coder). */
    static CommandLine commandLine() {
        return commandLine(Engine::standard);
    }

    /** The command line with the given engine, for tests. */
    static CommandLine commandLine(Engine.Factory engines) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == CodeCommand.class) {
                    return cls.cast(new CodeCommand(engines));
                }
                if (cls == EvalCommand.class) {
                    return cls.cast(new EvalCommand(engines));
                }
                if (cls == IngestCommand.class) {
                    return cls.cast(new IngestCommand(engines));
                }
                if (cls == BenchCommand.class) {
                    return cls.cast(new BenchCommand(engines));
                }
                if (cls == ServeCommand.class) {
                    return cls.cast(new ServeCommand(engines));
                }
                if (cls == RunCommand.class) {
                    return cls.cast(new RunCommand(engines));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        };
        return new CommandLine(new Main(), factory)
                .setCaseInsensitiveEnumValuesAllowed(true)
                // straight to the file descriptor, so that a closed pipe (vigil code | head) shows as an error
                .setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .setExecutionExceptionHandler(Main::failed);
    }

    /** A failure inside a command: one line naming it, the stack trace only with VIGIL_DEBUG set. */
    private static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        cl.getOut().flush();
        String held = StoreLocation.heldBy(e);
        if (held != null) {
            err.println("vigil " + cl.getCommandName() + ": " + held);
            err.flush();
            return 1;
        }
        err.println("vigil " + cl.getCommandName() + ": " + CodeCommand.describe(e));
        if (System.getenv("VIGIL_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("(set VIGIL_DEBUG=1 for the stack trace)");
        }
        err.flush();
        return 1;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"vigil " + (v == null ? "(development build)" : v)};
        }
    }
}
