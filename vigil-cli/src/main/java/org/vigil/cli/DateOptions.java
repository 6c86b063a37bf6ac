package org.vigil.cli;

import org.vigil.ingest.source.GivenDates;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --date} / {@code --period}: the date of a corpus whose articles carry none. */
final class DateOptions {
    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "Date for articles that carry none (origin GIVEN); an article's own date always wins.")
    GivenDates day;

    @Option(names = "--period", paramLabel = "FROM..TO", converter = PeriodConverter.class,
            description = "Period of a corpus whose articles carry no date, e.g. 2004-08..2005-01 (days, months "
                    + "or years): its undated articles are dated to the period's middle day (origin GIVEN).")
    GivenDates period;

    /** The dates given, or null; {@code --date} and {@code --period} together are bad usage. */
    GivenDates given(CommandLine commandLine) {
        if (day != null && period != null) {
            throw new CommandLine.ParameterException(commandLine, "give --date or --period, not both");
        }
        return day != null ? day : period;
    }

    static final class DayConverter implements CommandLine.ITypeConverter<GivenDates> {
        @Override
        public GivenDates convert(String value) {
            return convertOrExplain(() -> GivenDates.day(value));
        }
    }

    static final class PeriodConverter implements CommandLine.ITypeConverter<GivenDates> {
        @Override
        public GivenDates convert(String value) {
            return convertOrExplain(() -> GivenDates.period(value));
        }
    }

    private static GivenDates convertOrExplain(java.util.function.Supplier<GivenDates> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
