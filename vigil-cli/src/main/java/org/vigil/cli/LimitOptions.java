package org.vigil.cli;

import org.vigil.ingest.source.ReadLimits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --max-document}, {@code --max-line}, {@code --max-inflated}: what one input may make us hold or read. */
final class LimitOptions {
    @Option(names = "--max-document", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest text of one document (UTF-8); a larger one fails with \"document too large\". "
                    + "Default: 2MB.")
    Long document;

    @Option(names = "--max-line", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Longest JSON Lines line held; a longer one is skipped unread. Default: 4MB plus 64KB.")
    Long line;

    @Option(names = "--max-inflated", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Most bytes one .gz file (JSONL, WARC) may inflate to; reading stops there. Default: 1GB.")
    Long inflated;

    /** Puts the limits given (and the defaults for the others) in force for this run. */
    void apply() {
        ReadLimits limits = ReadLimits.DEFAULT;
        limits = document == null ? limits : limits.withDocumentBytes(document);
        limits = line == null ? limits : limits.withLineBytes(line);
        limits = inflated == null ? limits : limits.withInflatedBytes(inflated);
        ReadLimits.use(limits);
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
