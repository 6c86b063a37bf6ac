package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The PETRARCH2 unit-test suite ({@code data/gold/petrarch2_unit_tests}) through {@code vigil eval}, with its own
 * validation dictionaries only, as PETRARCH runs it. Records read on the fly ({@link PetrarchGold}); skipped, with
 * a warning each: the 7 that test PETRARCH's input handling (datelines, broken parse trees, discards), and those
 * expecting a code outside CAMEO (the suite's verb dictionary still has WEIS codes such as 345 and 900, and
 * {@code 174K}) or TABARI's discard code {@code ###}. Skipped when the shared data is not there.
 *
 * <p>Conventions where our guidelines decide differently, so that a miss there is not a coder bug: the suite
 * codes actors PETRARCH makes up from noun phrases ({@code "INJURY TOLL"}), which our guidelines leave uncoded
 * ({@code ---} at best); and it scores sub-roles ({@code HOBGOVFRM}) that Vigil's closed roles do not have, so
 * codes are compared as Vigil writes them ({@link org.vigil.core.petrarch.PetrarchCode}). The suite also codes only
 * a sentence's main clause where a participle clause reports a second act: PASSIVE-05 ("Rebuked by Eriador,
 * Osgiliath is being drawn into the peace process...") expects the peace process alone, while our guidelines code
 * what the story reports, the rebuke too; that record is not fully right on purpose (floor 0.37 -> 0.36 when the
 * coder learned bare participle clauses, 76 -> 75 of 203; 77 of 203 and F1 0.402 once actions aimed at no one
 * named were no longer coded).
 */
class PetrarchSuiteEval {
    // Pinned floors: raise them when the coder or the loader improves; never lower them to let a change through.
    /** Share of scored records whose every expected event is found, with its full code, and nothing else. */
    static final double FULLY_RIGHT_FLOOR = 0.37;
    /** Entity-level F1 over the (source, target, code) triples. */
    static final double F1_FLOOR = 0.40;

    private static final Pattern FULLY_RIGHT = Pattern.compile("(\\d+) of (\\d+) items fully right.*");

    @Test
    void suiteWithItsOwnDictionariesStaysAboveItsFloors() {
        Path suite = shared().resolve("data/gold/petrarch2_unit_tests");
        Path records = suite.resolve("petrarch2_unit_tests.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(records), records + " absent: eval skipped");

        Run run = Run.of("eval", "--dictionaries", suite.resolve("dictionaries").toString(), "--only-dictionaries",
                records.toString());

        assertThat(run.status()).as("eval exit status; stderr:%n%s", run.err()).isZero();
        List<String> lines = run.outLines();
        Matcher right = lines.stream().map(FULLY_RIGHT::matcher).filter(Matcher::matches).findFirst().orElseThrow();
        double share = Double.parseDouble(right.group(1)) / Double.parseDouble(right.group(2));
        String last = lines.get(lines.size() - 1);
        double f1 = Double.parseDouble(last.substring("F1=".length()));
        System.out.printf("PetrarchSuiteEval: %s; share %.3f; %s%n", right.group(0), share, last);
        assertThat(share).isGreaterThanOrEqualTo(FULLY_RIGHT_FLOOR);
        assertThat(f1).isGreaterThanOrEqualTo(F1_FLOOR);
    }

    private static Path shared() {
        String property = System.getProperty("vigil.shared");
        return property == null || property.isBlank() ? Path.of("..", "..", "shared") : Path.of(property);
    }
}
