package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> events(Run run) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.outLines()) {
            out.add(JsonLines.MAPPER.readTree(line));
        }
        return out;
    }

    @Test
    void plainTextIsOneDocumentNamedAfterTheFileWithTheDateOfTheDateOption() throws IOException {
        Path file = write("report.txt", "Russia shelled Ukraine on Monday. Later France met Germany.");

        Run run = Run.of("code", file.toString(), "--date", "2024-03-05");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> events = events(run);
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("doc_id").asText()).isEqualTo("report.txt");
            assertThat(e.get("date").asText()).isEqualTo("2024-03-05");
        });
        assertThat(events.get(0).get("sentence").asInt()).isZero();
        assertThat(events.get(1).get("sentence").asInt()).isOne();
    }

    @Test
    void plainTextWithoutDateOptionGivesEventsANullDate() throws IOException {
        Path file = write("report.txt", "Russia shelled Ukraine.");

        Run run = Run.of("code", file.toString());

        assertThat(events(run)).singleElement().satisfies(e -> assertThat(e.get("date").isNull()).isTrue());
    }

    @Test
    void eventLineCarriesEveryFieldOfTheContract() throws IOException {
        Path file = write("a.txt", "Russia shelled Ukraine.");

        JsonNode e = events(Run.of("code", file.toString(), "--date", "2024-03-05")).get(0);

        assertThat(e.fieldNames()).toIterable().contains("id", "doc_id", "sentence", "date", "source", "target",
                "cameo", "root", "plover", "quad_class", "goldstein", "trigger", "evidence", "confidence");
        assertThat(e.get("source").get("code").asText()).isEqualTo("RUS:MIL");
        assertThat(e.get("source").get("entity").asText()).isEqualTo("RUS");
        assertThat(e.get("source").get("role").asText()).isEqualTo("MIL");
        assertThat(e.get("source").get("text").asText()).isEqualTo("Russia");
        assertThat(e.get("target").get("code").asText()).isEqualTo("UKR");
        assertThat(e.get("target").get("role").isNull()).isTrue();
        assertThat(e.get("cameo").asText()).isEqualTo("194");
        assertThat(e.get("root").asText()).isEqualTo("19");
        assertThat(e.get("plover").asText()).isEqualTo("ASSAULT");
        assertThat(e.get("quad_class").asInt()).isEqualTo(4);
        assertThat(e.get("goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(e.get("trigger").get("text").asText()).isEqualTo("shelled");
        assertThat(e.get("trigger").get("start").asInt()).isEqualTo(7);
        assertThat(e.get("trigger").get("end").asInt()).isEqualTo(14);
        assertThat(e.get("evidence").asText()).isEqualTo("Russia shelled Ukraine.");
        assertThat(e.get("confidence").asDouble()).isEqualTo(0.8);
    }

    @Test
    void jsonlFileCodesEachLineWithItsOwnIdAndDate() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "a", "date": "2024-01-02", "title": "T", "url": "https://example.org/a", "text": "Russia shelled Ukraine."}

                {"id": 42, "text": "France met Germany."}
                """);

        Run run = Run.of("code", file.toString());

        assertThat(run.status()).isZero();
        List<JsonNode> events = events(run);
        assertThat(events).extracting(e -> e.get("doc_id").asText()).containsExactly("a", "42");
        assertThat(events.get(0).get("date").asText()).isEqualTo("2024-01-02");
        assertThat(events.get(1).get("date").isNull()).isTrue();
    }

    @Test
    void jsonlOptionReadsJsonLinesWhateverTheFileName() throws IOException {
        Path file = write("news.txt", "{\"id\": \"a\", \"text\": \"Russia shelled Ukraine.\"}\n");

        Run run = Run.of("code", "--jsonl", file.toString());

        assertThat(events(run)).extracting(e -> e.get("doc_id").asText()).containsExactly("a");
    }

    @Test
    void dateOptionIsTheDefaultForJsonDocumentsWithoutADate() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "a", "text": "Russia shelled Ukraine."}
                {"id": "b", "date": "2020-05-06T08:00:00Z", "text": "Russia shelled Ukraine."}
                """);

        Run run = Run.of("code", file.toString(), "--date", "2024-03-05");

        assertThat(events(run)).extracting(e -> e.get("date").asText()).containsExactly("2024-03-05", "2020-05-06");
    }

    @Test
    void badLinesAreReportedWithFileAndLineWhileTheRestIsCoded_andTheStatusIsOne() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "ok1", "text": "Russia shelled Ukraine."}
                {"id": "broken", "text": 
                {"text": "France met Germany."}
                {"id": "no-text"}
                {"id": "bad-date", "date": "05/03/2024", "text": "France met Germany."}
                {"id": "no-day", "date": "2024-02-30", "text": "France met Germany."}
                [1, 2]
                {"id": "ok2", "text": "France met Germany."}
                """);

        Run run = Run.of("code", file.toString());

        assertThat(run.status()).isOne();
        assertThat(events(run)).extracting(e -> e.get("doc_id").asText()).containsExactly("ok1", "ok2");
        String name = file.toString();
        assertThat(run.errLines()).hasSize(6);
        assertThat(run.errLines().get(0)).startsWith(name + ":2: malformed JSON");
        assertThat(run.errLines().get(1)).isEqualTo(name + ":3: missing id");
        assertThat(run.errLines().get(2)).isEqualTo(name + ":4: missing text");
        assertThat(run.errLines().get(3)).isEqualTo(name + ":5: bad date '05/03/2024': expected YYYY-MM-DD");
        assertThat(run.errLines().get(4)).isEqualTo(name + ":6: bad date '2024-02-30': no such day");
        assertThat(run.errLines().get(5)).startsWith(name + ":7: expected a JSON object");
    }

    @Test
    void emptyFileIsReportedByName_withStatusOne() throws IOException {
        Path text = write("empty.txt", "  \n");
        Path jsonl = write("empty.jsonl", "");

        Run textRun = Run.of("code", text.toString());
        Run jsonlRun = Run.of("code", jsonl.toString());

        assertThat(textRun.status()).isOne();
        assertThat(textRun.err()).contains(text.toString()).contains("empty");
        assertThat(jsonlRun.status()).isOne();
        assertThat(jsonlRun.err()).contains(jsonl.toString()).contains("empty");
        assertThat(textRun.out()).isEmpty();
    }

    @Test
    void missingFileIsReportedByName_withStatusOne() {
        Run run = Run.of("code", dir.resolve("nope.txt").toString());

        assertThat(run.status()).isOne();
        assertThat(run.err()).contains("nope.txt: no such file");
    }

    @Test
    void malformedDateOptionIsAUsageError() throws IOException {
        Path file = write("a.txt", "Russia shelled Ukraine.");

        Run run = Run.of("code", file.toString(), "--date", "yesterday");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("bad --date 'yesterday'");
    }

    @Test
    void aDocumentTheCoderFailsOnIsReportedAndTheOthersAreCoded() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "a", "text": "Russia shelled Ukraine."}
                {"id": "b", "text": "BOOM."}
                {"id": "c", "text": "France met Germany."}
                """);

        Run run = Run.of("code", file.toString());

        assertThat(run.status()).isOne();
        assertThat(events(run)).extracting(e -> e.get("doc_id").asText()).containsExactly("a", "c");
        assertThat(run.err()).contains(file + ":2: coding failed: IllegalStateException: boom in b");
    }

    @Test
    void eventsComeOutInInputOrderWhateverTheThreads() throws IOException {
        String lines = IntStream.range(0, 200)
                .mapToObj(i -> "{\"id\": \"d" + i + "\", \"text\": \"" + "Russia shelled Ukraine. ".repeat(1 + i % 7) + "\"}")
                .collect(Collectors.joining("\n"));
        Path file = write("many.jsonl", lines);

        Run run = Run.of("code", file.toString(), "--threads", "4");

        List<String> docIds = new ArrayList<>();
        for (JsonNode e : events(run)) {
            String id = e.get("doc_id").asText();
            if (docIds.isEmpty() || !docIds.get(docIds.size() - 1).equals(id)) {
                docIds.add(id);
            }
        }
        assertThat(docIds).containsExactlyElementsOf(IntStream.range(0, 200).mapToObj(i -> "d" + i).toList());
    }

    @Test
    void orderedMapKeepsInputOrderAndReportsFailuresInPlace() {
        Iterator<Integer> inputs = IntStream.range(0, 100).boxed().iterator();
        List<String> seen = new ArrayList<>();

        Ordered.map(inputs, 3, i -> {
            if (i == 50) {
                throw new IllegalArgumentException("fifty");
            }
            try {
                Thread.sleep((100 - i) % 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return i * 2;
        }, o -> seen.add(o.error() != null ? "error:" + o.error().getMessage() : o.input() + "=" + o.result()));

        assertThat(seen).hasSize(100);
        assertThat(seen.get(0)).isEqualTo("0=0");
        assertThat(seen.get(50)).isEqualTo("error:fifty");
        assertThat(seen.get(99)).isEqualTo("99=198");
    }
}
