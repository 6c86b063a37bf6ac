package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;

    private Path gold(String content) throws IOException {
        return Files.writeString(dir.resolve("gold.jsonl"), content, StandardCharsets.UTF_8);
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }

    @Test
    void printsTheHeadlineFiguresAndEndsWithTheF1Line() throws IOException {
        // 3 gold, 3 predicted, 2 matched at entity level: P = R = F1 = 0.667
        Path file = gold("""
                {"id": "g1", "date": "2024-03-05", "text": "Russia shelled Ukraine.", "events": [{"source": "RUS:MIL", "target": "UKR", "code": "195"}]}
                {"id": "g2", "date": "2024-03-05", "text": "France met Germany.", "events": [{"source": "FRA", "target": "DEU", "code": "036"}, {"source": "DEU", "target": "FRA", "code": "036"}]}
                {"id": "g3", "date": "2024-03-05", "text": "Germany met France.", "events": []}
                """);

        Run run = Run.of("eval", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("entity (headline)", "with roles", "with full code", "By CAMEO root");
        assertThat(run.out()).containsPattern("entity \\(headline\\)\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+2\\s+3\\s+3");
        assertThat(run.out()).containsPattern("with roles\\s+0\\.333\\s+0\\.333\\s+0\\.333\\s+1\\s+3\\s+3");
        assertThat(run.out()).containsPattern("with full code\\s+0\\.333\\s+0\\.333\\s+0\\.333\\s+1\\s+3\\s+3");
        assertThat(run.out()).doesNotContain("PLOVER:");
        assertThat(last(run.outLines())).isEqualTo("F1=0.667");
    }

    @Test
    void verboseShowsMissesFalsePositivesAndPartialMatchesWithTheText() throws IOException {
        Path file = gold("""
                {"id": "g1", "date": "2024-03-05", "text": "Russia shelled Ukraine.", "events": [{"source": "RUS:MIL", "target": "UKR", "code": "195"}]}
                {"id": "g2", "date": "2024-03-05", "text": "France met Germany.", "events": [{"source": "FRA", "target": "DEU", "code": "036"}, {"source": "DEU", "target": "FRA", "code": "036"}]}
                {"id": "g3", "date": "2024-03-05", "text": "Germany met France.", "events": []}
                {"id": "g4", "date": "2024-03-05", "text": "Russia shelled Ukraine.", "events": [{"source": "RUS:MIL", "target": "UKR", "code": "194"}]}
                """);

        Run run = Run.of("eval", file.toString(), "--verbose");

        assertThat(run.out()).contains("-- g1 (2024-03-05)", "   Russia shelled Ukraine.",
                "~CODE  RUS:MIL -> UKR 195   got RUS:MIL -> UKR 194 [ASSAULT] \"shelled\"");
        assertThat(run.out()).contains("-- g2", "MISS   DEU -> FRA 036", "~ROLE  FRA -> DEU 036   got FRA:GOV -> DEU 036");
        assertThat(run.out()).contains("-- g3", "EXTRA  DEU:GOV -> FRA 036 [CONSULT] \"met\"");
        assertThat(run.out()).doesNotContain("-- g4");
        assertThat(run.out()).contains("3 of 4 items with a miss, a false positive or a partial match");
        assertThat(last(run.outLines())).startsWith("F1=");
    }

    @Test
    void aPloverOnlySetIsScoredAtThePloverLevel() throws IOException {
        Path file = gold("""
                {"id": "p1", "date": "2000-01-01", "text": "Russia shelled Ukraine.", "events": [{"source": "RUS", "target": "UKR", "plover": "ASSAULT"}]}
                {"id": "p2", "date": "2000-01-01", "text": "France met Germany.", "events": [{"source": "*", "target": "DEU", "plover": "CONSULT"}]}
                {"id": "p3", "date": "2000-01-01", "text": "France met Germany.", "events": [{"source": "FRA", "target": "*", "plover": "AGREE"}]}
                """);

        Run run = Run.of("eval", file.toString());

        assertThat(run.out()).contains("plover (headline)", "By PLOVER type").doesNotContain("CAMEO:");
        assertThat(run.out()).containsPattern("plover \\(headline\\)\\s+0\\.667\\s+0\\.667\\s+0\\.667\\s+2\\s+3\\s+3");
        assertThat(last(run.outLines())).isEqualTo("F1=0.667");
    }

    @Test
    void badGoldLinesAreReportedAndTheRestIsScored_withStatusOne() throws IOException {
        Path file = gold("""
                {"id": "g1", "text": "Russia shelled Ukraine.", "events": [{"source": "RUS:MIL", "target": "UKR", "code": "194"}]}
                {"id": "g2", "text": "Russia shelled Ukraine."}
                {"id": "g3", "text": "Russia shelled Ukraine.", "events": [{"target": "UKR", "code": "194"}]}
                """);

        Run run = Run.of("eval", file.toString());

        assertThat(run.status()).isOne();
        assertThat(run.errLines()).containsExactly(
                file + ":2: missing events (use [] for an item with none)",
                file + ":3: event 1: missing source");
        assertThat(last(run.outLines())).isEqualTo("F1=1.000");
    }

    @Test
    void anEmptyGoldFileIsReportedByName() throws IOException {
        Path file = gold("\n");

        Run run = Run.of("eval", file.toString());

        assertThat(run.status()).isOne();
        assertThat(run.err()).contains(file.toString(), "no gold items");
    }
}
