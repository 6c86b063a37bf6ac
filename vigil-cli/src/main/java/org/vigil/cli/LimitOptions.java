package org.vigil.cli;

import org.vigil.ingest.source.ReadLimits;
import org.vigil.server.PostLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --max-document}, {@code --max-line}, {@code --max-inflated}: what one input may make us hold or read. */
final class LimitOptions {
    @Option(names = "--max-document", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest text of one document (UTF-8); a larger one fails with \"document too large\". "
                    + "Default: 192KB (a text that size takes about 25 s to code on two cores).")
    Long document;

    @Option(names = "--max-line", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Longest JSON Lines line held; a longer one is skipped unread. Default: 4MB plus 64KB, "
                    + "or room for a --max-document text escaped (twice it plus 64KB) if that is more.")
    Long line;

    @Option(names = "--max-inflated", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Most bytes one .gz file (JSONL, WARC) may inflate to; reading stops there. Default: 1GB.")
    Long inflated;

    /** Puts the limits given (and the defaults for the others) in force for this run. */
    void apply() {
        ReadLimits limits = ReadLimits.DEFAULT;
        limits = document == null ? limits : limits.withDocumentBytes(document);
        limits = line == null ? limits.withLinesForDocuments() : limits.withLineBytes(line);
        limits = inflated == null ? limits : limits.withInflatedBytes(inflated);
        ReadLimits.use(limits);
    }

    /** The same limits for an article posted to a server: its body held as a line is, its text as a document's. */
    static PostLimits posts(ReadLimits read) {
        return new PostLimits(read.lineBytes(), read.documentBytes());
    }

    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return ReadLimits.parseSize(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
