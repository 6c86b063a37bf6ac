package org.vigil.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that write or read the store. */
final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path data = Workbench.DEFAULT_DATA;

    @Option(names = "--threads", paramLabel = "N", description = "Documents parsed at once (default: all cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N",
            description = "Documents per committed batch; a crash loses at most one (default: ${DEFAULT-VALUE}).")
    int batch = Workbench.DEFAULT_BATCH;

    @Option(names = "--progress", paramLabel = "MODE",
            description = "auto (a bar on a terminal), bar, lines (one per file read and per committed batch) or "
                    + "none; with the total documents, the rate and the time left when the inputs can be counted.")
    Progress.Mode progress = Progress.Mode.AUTO;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }
}
