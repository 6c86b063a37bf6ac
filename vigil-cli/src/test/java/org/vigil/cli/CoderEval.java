package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The coder's accuracy on the development gold sets, through the command line ({@code vigil eval}) with the real
 * engine: the headline F1 must not fall below the pinned floors. Skipped when the shared data is not there.
 */
class CoderEval {
    // Pinned floors, so that accuracy can only go up: when the coder improves, raise them to the new F1 (rounded
    // down to two decimals). Never lower them to let a change through.
    /** Headline F1 floor on {@code data/gold/vigil-dev.jsonl} (CAMEO, entity level). */
    static final double VIGIL_DEV_F1_FLOOR = 0.80;
    /** Headline F1 floor on {@code data/gold/plover_gsr_cameo/plover_dev.jsonl} (PLOVER level). */
    static final double PLOVER_DEV_F1_FLOOR = 0.56;
    /** Article-level F1 floor on {@code data/gold/articles-dev.jsonl} (whole stories, distinct triples). */
    static final double ARTICLES_DEV_F1_FLOOR = 0.37;

    @Test
    void vigilDevF1IsAtLeastItsFloor() {
        assertThat(f1("data/gold/vigil-dev.jsonl")).isGreaterThanOrEqualTo(VIGIL_DEV_F1_FLOOR);
    }

    @Test
    void ploverDevF1IsAtLeastItsFloor() {
        assertThat(f1("data/gold/plover_gsr_cameo/plover_dev.jsonl")).isGreaterThanOrEqualTo(PLOVER_DEV_F1_FLOOR);
    }

    @Test
    void articlesDevArticleLevelF1IsAtLeastItsFloor() {
        assertThat(f1("data/gold/articles-dev.jsonl", "--articles")).isGreaterThanOrEqualTo(ARTICLES_DEV_F1_FLOOR);
    }

    /** Runs {@code vigil eval} on a gold file of the shared data and returns the F1 of its last line. */
    private static double f1(String goldPath, String... options) {
        Path gold = shared().resolve(goldPath);
        Assumptions.assumeTrue(Files.isRegularFile(gold), gold + " absent: eval skipped");

        List<String> args = new ArrayList<>(List.of("eval"));
        args.addAll(List.of(options));
        args.add(gold.toString());
        Run run = Run.of(args.toArray(String[]::new));

        assertThat(run.status()).as("eval exit status (an item failed to code?); stderr:%n%s", run.err()).isZero();
        List<String> lines = run.outLines();
        assertThat(lines).isNotEmpty();
        String last = lines.get(lines.size() - 1);
        assertThat(last).matches("F1=[01]\\.\\d{3}");
        double f1 = Double.parseDouble(last.substring("F1=".length()));
        System.out.println("CoderEval: " + goldPath + " " + last);
        return f1;
    }

    /** The shared data folder: the {@code vigil.shared} property set by surefire, else ../../shared from the module. */
    private static Path shared() {
        String property = System.getProperty("vigil.shared");
        return property == null || property.isBlank() ? Path.of("..", "..", "shared") : Path.of(property);
    }
}
