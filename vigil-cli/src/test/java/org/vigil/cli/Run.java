package org.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** Runs the command line (by default with the real, shared engine) and captures what it prints. */
record Run(int status, String out, String err) {
    static Run of(String... args) {
        return with(RealEngine::shared, args);
    }

    static Run with(Engine.Factory engines, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine(engines)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
    }
}
