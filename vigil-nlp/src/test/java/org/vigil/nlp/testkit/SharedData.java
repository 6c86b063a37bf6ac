package org.vigil.nlp.testkit;

import java.nio.file.Path;

/** Where the shared gold data and corpora are: {@code -Dvigil.shared}, else ../shared beside the checkout. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("vigil.shared");
        return configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }
}
