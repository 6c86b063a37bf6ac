package org.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vigil.core.coding.CandidateFilter;
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.Article;
import org.vigil.core.model.ParsedDocument;
import org.vigil.nlp.CoreNlpParser;

/**
 * The coder stage alone, on documents parsed once in the setup, against the parse it follows: how much of the
 * pipeline's time the rules take. Documents: the sample news that ships with the CLI
 * ({@code vigil-cli/src/main/resources/sample/sample-news.jsonl}, on this module's classpath).
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -DskipTests install &amp;&amp; java -cp "vigil-bench/target/classes:vigil-bench/target/lib/*" \
 *     org.openjdk.jmh.Main CoderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoderBenchmark {
    private EventCoder coder;
    private CoreNlpParser parser;
    private CandidateFilter filter;
    private List<Article> articles;
    private List<ParsedDocument> parsed;

    @Setup
    public void setUp() throws IOException {
        Dictionaries dictionaries = Dictionaries.loadDefault();
        coder = new DependencyEventCoder(dictionaries);
        filter = new CandidateFilter(dictionaries);
        parser = new CoreNlpParser();
        articles = SampleTexts.load();
        parsed = new ArrayList<>();
        for (Article a : articles) {
            parsed.add(parser.parse(a));
        }
    }

    /** The rules on parsed documents: one operation codes every sample document. */
    @Benchmark
    public void codeParsedDocuments(Blackhole bh) {
        for (ParsedDocument d : parsed) {
            bh.consume(coder.code(d));
        }
    }

    /** Parse and code with the pre-filter, as the pipeline does: the stage the coder is measured against. */
    @Benchmark
    @Measurement(iterations = 3, time = 5)
    public void parseAndCodeWithPreFilter(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(coder.code(parser.parse(a, filter)));
        }
    }

    /** The sample news, one article per JSON line. */
    static final class SampleTexts {
        private SampleTexts() {
        }

        static List<Article> load() throws IOException {
            ObjectMapper json = new ObjectMapper();
            List<Article> out = new ArrayList<>();
            try (InputStream in = CoderBenchmark.class.getResourceAsStream("/sample-news.jsonl")) {
                if (in == null) {
                    throw new IOException("sample-news.jsonl is missing from the benchmark classpath");
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        JsonNode item = json.readTree(line);
                        out.add(Article.of(item.get("id").asText(), LocalDate.parse(item.get("date").asText()),
                                item.get("text").asText()));
                    }
                }
            }
            return out;
        }
    }
}
