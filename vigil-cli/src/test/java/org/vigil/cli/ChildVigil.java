package org.vigil.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line in a JVM of its own, with the launcher's default heap (1 GiB), for tests that kill it, hold a
 * store from another process, or measure what one run costs.
 */
final class ChildVigil {
    /** The launcher's default heap ({@code VIGIL_JAVA_OPTS}). */
    static final String HEAP = "-Xmx1g";

    private ChildVigil() {
    }

    /** {@code vigil ARGS}. */
    static ProcessBuilder of(String... args) {
        return run(Main.class, args);
    }

    /** {@code vigil ARGS}, then the JVM's peak heap on the last line of standard error ({@link HeapProbe}). */
    static ProcessBuilder probed(String... args) {
        return run(HeapProbe.class, args);
    }

    private static ProcessBuilder run(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
