package org.vigil.ingest.source;

import java.io.IOException;
import java.io.InputStream;

/** Opens the bytes a source reads (a file, standard input), once per read. */
@FunctionalInterface
public interface Opener {
    InputStream open() throws IOException;
}
