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
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.ingest.source.ReadLimits;

/** {@code vigil code} with the real engine (CoreNLP and the dependency coder), on sentences whose coding is pinned. */
class CodeCommandTest {
    /** RUS:MIL -> UKR 194 (fight with artillery and tanks), trigger "shelled". */
    static final String SHELLED = "Russian artillery shelled Kharkiv on Tuesday.";
    /** The same event in the passive: RUS:MIL -> UKR 194. */
    static final String SHELLED_PASSIVE = "Kharkiv was shelled by Russian forces on Tuesday.";
    /** Two events: FRA -> IRN 111 and DEU -> IRN 111 (criticize or denounce), trigger "condemned". */
    static final String CONDEMNED = "France and Germany condemned Iran on Monday.";
    /** A negated action: no event. */
    static final String NEGATED = "Russia did not attack Finland.";

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

    /** An event as "SOURCE -> TARGET CAMEO". */
    private static String summary(JsonNode e) {
        return e.get("source").get("code").asText() + " -> " + e.get("target").get("code").asText() + " "
                + e.get("cameo").asText();
    }

    private static String span(String text, JsonNode located) {
        return text.substring(located.get("start").asInt(), located.get("end").asInt());
    }

    @Test
    void theInputLimitsAreFlagsAndADocumentOverTheDocumentLimitIsNamedWithIt() throws IOException {
        Path file = write("long.txt", (SHELLED + " ").repeat(40));
        try {
            Run run = Run.of("code", file.toString(), "--max-document", "1KB");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith(file + ": document too large (1.8 KB > 1.0 KB, see --max-document)");
            assertThat(Run.of("code", file.toString(), "--max-line", "lots").err())
                    .contains("not a size: 'lots'");
        } finally {
            ReadLimits.use(ReadLimits.DEFAULT);
        }
    }

    @Test
    void aRaisedDocumentLimitLengthensTheLineLimitSoThatTheDocumentIsMeasuredAsADocument() throws IOException {
        // a line of 4.3 MB, past the default line limit (4.1 MB) but not past a 4200 KB text's room (8.3 MB)
        Path file = write("long.jsonl", "{\"id\": \"long\", \"text\": \"" + "Talks resumed. ".repeat(300_000)
                + "\"}\n");
        try {
            Run run = Run.of("code", file.toString(), "--max-document", "4200KB");

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err()).startsWith(file + ":1: document too large (4.3 MB > 4.1 MB, see --max-document)");
        } finally {
            ReadLimits.use(ReadLimits.DEFAULT);
        }
    }

    @Test
    void plainTextIsOneDocumentNamedAfterTheFileWithTheDateOfTheDateOption() throws IOException {
        String text = SHELLED + " " + CONDEMNED;
        Path file = write("report.txt", text);

        Run run = Run.of("code", file.toString(), "--date", "2024-03-05");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> events = events(run);
        assertThat(events).extracting(CodeCommandTest::summary)
                .containsExactly("RUS:MIL -> UKR 194", "FRA -> IRN 111", "DEU -> IRN 111");
        assertThat(events).extracting(e -> e.get("sentence").asInt()).containsExactly(0, 1, 1);
        assertThat(events).extracting(e -> e.get("evidence").asText()).containsExactly(SHELLED, CONDEMNED, CONDEMNED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("doc_id").asText()).isEqualTo("report.txt");
            assertThat(e.get("date").asText()).isEqualTo("2024-03-05");
            // offsets are in the whole file, not in the sentence
            assertThat(span(text, e.get("source"))).isEqualTo(e.get("source").get("text").asText());
            assertThat(span(text, e.get("target"))).isEqualTo(e.get("target").get("text").asText());
            assertThat(span(text, e.get("trigger"))).isEqualTo(e.get("trigger").get("text").asText());
        });
        assertThat(events.get(1).get("trigger").get("start").asInt()).isEqualTo(SHELLED.length() + 1 + 19);
    }

    @Test
    void aNegatedActionIsNotAnEvent() throws IOException {
        Path file = write("denial.txt", NEGATED);

        Run run = Run.of("code", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void plainTextWithoutDateOptionGivesEventsANullDate() throws IOException {
        Path file = write("report.txt", SHELLED);

        Run run = Run.of("code", file.toString());

        assertThat(events(run)).singleElement().satisfies(e -> assertThat(e.get("date").isNull()).isTrue());
    }

    @Test
    void eventLineCarriesEveryFieldOfTheContract() throws IOException {
        Path file = write("a.txt", SHELLED);

        JsonNode e = events(Run.of("code", file.toString(), "--date", "2024-03-05")).get(0);

        assertThat(e.fieldNames()).toIterable().contains("id", "doc_id", "sentence", "date", "article_date",
                "date_origin", "source", "target",
                "cameo", "root", "plover", "quad_class", "goldstein", "trigger", "evidence", "confidence",
                "coder_version");
        assertThat(e.get("id").asText()).matches("[0-9a-f]{16}");
        assertThat(e.get("doc_id").asText()).isEqualTo("a.txt");
        assertThat(e.get("sentence").asInt()).isZero();
        assertThat(e.get("date").asText()).isEqualTo("2024-03-05");
        assertThat(e.get("source").get("code").asText()).isEqualTo("RUS:MIL");
        assertThat(e.get("source").get("entity").asText()).isEqualTo("RUS");
        assertThat(e.get("source").get("role").asText()).isEqualTo("MIL");
        assertThat(e.get("source").get("text").asText()).isEqualTo("Russian artillery");
        assertThat(e.get("source").get("start").asInt()).isZero();
        assertThat(e.get("source").get("end").asInt()).isEqualTo(17);
        assertThat(e.get("target").get("code").asText()).isEqualTo("UKR");
        assertThat(e.get("target").get("entity").asText()).isEqualTo("UKR");
        assertThat(e.get("target").get("role").isNull()).isTrue();
        assertThat(e.get("target").get("text").asText()).isEqualTo("Kharkiv");
        assertThat(e.get("target").get("start").asInt()).isEqualTo(26);
        assertThat(e.get("target").get("end").asInt()).isEqualTo(33);
        assertThat(e.get("cameo").asText()).isEqualTo("194");
        assertThat(e.get("root").asText()).isEqualTo("19");
        assertThat(e.get("plover").asText()).isEqualTo("ASSAULT");
        assertThat(e.get("quad_class").asInt()).isEqualTo(4);
        assertThat(e.get("goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(e.get("trigger").get("text").asText()).isEqualTo("shelled");
        assertThat(e.get("trigger").get("start").asInt()).isEqualTo(18);
        assertThat(e.get("trigger").get("end").asInt()).isEqualTo(25);
        assertThat(e.get("evidence").asText()).isEqualTo(SHELLED);
        assertThat(e.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(e.get("coder_version").asText()).isNotBlank();
    }

    @Test
    void thePassiveGivesTheSameEventWithTheAgentAsSource() throws IOException {
        Path file = write("a.txt", SHELLED_PASSIVE);

        JsonNode e = events(Run.of("code", file.toString())).get(0);

        assertThat(summary(e)).isEqualTo("RUS:MIL -> UKR 194");
        assertThat(e.get("source").get("text").asText()).isEqualTo("Russian forces");
        assertThat(e.get("target").get("text").asText()).isEqualTo("Kharkiv");
        assertThat(e.get("trigger").get("text").asText()).isEqualTo("shelled");
    }

    @Test
    void jsonlFileCodesEachLineWithItsOwnIdAndDate() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "a", "date": "2024-01-02", "title": "T", "url": "https://example.org/a", "text": "%s"}

                {"id": 42, "text": "%s"}
                """.formatted(SHELLED, CONDEMNED));

        Run run = Run.of("code", file.toString());

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> events = events(run);
        assertThat(events).extracting(e -> e.get("doc_id").asText()).containsExactly("a", "42", "42");
        assertThat(events).extracting(CodeCommandTest::summary)
                .containsExactly("RUS:MIL -> UKR 194", "FRA -> IRN 111", "DEU -> IRN 111");
        assertThat(events).extracting(e -> e.get("sentence").asInt()).containsExactly(0, 0, 0);
        assertThat(events.get(0).get("date").asText()).isEqualTo("2024-01-02");
        assertThat(events.get(1).get("date").isNull()).isTrue();
        assertThat(events.get(2).get("date").isNull()).isTrue();
    }

    @Test
    void jsonlOptionReadsJsonLinesWhateverTheFileName() throws IOException {
        Path file = write("news.txt", "{\"id\": \"a\", \"text\": \"" + SHELLED + "\"}\n");

        Run run = Run.of("code", "--jsonl", file.toString());

        assertThat(events(run)).extracting(e -> e.get("doc_id").asText()).containsExactly("a");
    }

    @Test
    void dateOptionIsTheDefaultForJsonDocumentsWithoutADate() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "a", "text": "%s"}
                {"id": "b", "date": "2020-05-06T08:00:00Z", "text": "%s"}
                """.formatted(SHELLED, SHELLED_PASSIVE));

        Run run = Run.of("code", file.toString(), "--date", "2024-03-05");

        // b's 'on Tuesday' is the day before its Wednesday; a's date is given, so no day is counted from it
        assertThat(events(run)).extracting(e -> e.get("date").asText() + " " + e.get("article_date").asText() + " "
                + e.get("date_origin").asText())
                .containsExactly("2024-03-05 2024-03-05 GIVEN", "2020-05-05 2020-05-06 RELATIVE");
    }

    @Test
    void badLinesAreReportedWithFileAndLineWhileTheRestIsCoded_andTheStatusIsOne() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "ok1", "text": "%1$s"}
                {"id": "broken", "text": 
                {"text": "%2$s"}
                {"id": "no-text"}
                {"id": "bad-date", "date": "05/03/2024", "text": "%2$s"}
                {"id": "no-day", "date": "2024-02-30", "text": "%2$s"}
                [1, 2]
                {"id": "ok2", "text": "%2$s"}
                """.formatted(SHELLED, SHELLED_PASSIVE));

        Run run = Run.of("code", file.toString());

        assertThat(run.status()).isOne();
        // a document without an id takes one from its text, as ingest gives it
        assertThat(events(run)).extracting(e -> e.get("doc_id").asText()).hasSize(3).startsWith("ok1").endsWith("ok2");
        assertThat(events(run)).extracting(CodeCommandTest::summary).containsOnly("RUS:MIL -> UKR 194");
        String name = file.toString();
        assertThat(run.errLines()).hasSize(5);
        assertThat(run.errLines().get(0)).startsWith(name + ":2: not valid JSON");
        assertThat(run.errLines().get(1)).isEqualTo(name + ":4: no \"text\" field");
        assertThat(run.errLines().get(2)).isEqualTo(name + ":5: date \"05/03/2024\" is neither an ISO date nor a timestamp");
        assertThat(run.errLines().get(3)).isEqualTo(name + ":6: date \"2024-02-30\" is neither an ISO date nor a timestamp");
        assertThat(run.errLines().get(4)).isEqualTo(name + ":7: not a JSON object");
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
        Path file = write("a.txt", SHELLED);

        Run run = Run.of("code", file.toString(), "--date", "yesterday");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--date", "\"yesterday\" is not a day");
    }

    @Test
    void aDocumentTheCoderFailsOnIsReportedAndTheOthersAreCoded() throws IOException {
        Path file = write("news.jsonl", """
                {"id": "a", "text": "%s"}
                {"id": "b", "text": "%s"}
                {"id": "c", "text": "%s"}
                """.formatted(SHELLED, SHELLED_PASSIVE, CONDEMNED));
        // Fault injection, on purpose: no input makes the real coder throw (a crash is a bug, fixed when found), yet
        // the command must survive one half-way through a batch. So the real coder is wrapped to throw on document
        // "b" only; the parser, the coder of the other documents and the CAMEO ontology are the real ones.
        EventCoder coder = new DependencyEventCoder(Dictionaries.loadDefault());
        EventCoder failingOnB = document -> {
            if (document.article().id().equals("b")) {
                throw new IllegalStateException("boom in " + document.article().id());
            }
            return coder.code(document);
        };
        Engine engine = new Engine(RealEngine.parser(), failingOnB, RealEngine.shared().cameo());

        Run run = Run.with(() -> engine, "code", file.toString());

        assertThat(run.status()).isOne();
        assertThat(events(run)).extracting(e -> e.get("doc_id").asText()).containsExactly("a", "c", "c");
        assertThat(events(run)).extracting(CodeCommandTest::summary)
                .containsExactly("RUS:MIL -> UKR 194", "FRA -> IRN 111", "DEU -> IRN 111");
        assertThat(run.err()).contains(file + ":2: coding failed: IllegalStateException: boom in b");
    }

    @Test
    void eventsComeOutInInputOrderWhateverTheThreads() throws IOException {
        // documents of 1 to 7 sentences, so that the threads finish them out of order
        int documents = 120;
        String lines = IntStream.range(0, documents)
                .mapToObj(i -> "{\"id\": \"d" + i + "\", \"text\": \"" + (SHELLED + " ").repeat(1 + i % 7) + "\"}")
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
        assertThat(run.status()).isZero();
        assertThat(docIds).containsExactlyElementsOf(IntStream.range(0, documents).mapToObj(i -> "d" + i).toList());
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
