package org.vigil.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {
    private static final String ENGLISH = "The foreign ministers of Armenia and Azerbaijan met in Geneva on Tuesday "
            + "to discuss the demarcation of the border, and agreed to meet again next month, officials said.";
    private static final String RUSSIAN = "Министры иностранных дел Армении и Азербайджана встретились во вторник в "
            + "Женеве, чтобы обсудить делимитацию границы, и договорились снова встретиться в следующем месяце.";
    private static final String GERMAN = "Die Außenminister Armeniens und Aserbaidschans trafen sich am Dienstag in "
            + "Genf, um über die Grenzziehung zu beraten, und vereinbarten ein weiteres Treffen im nächsten Monat.";

    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = new OpenNlpLanguageDetector();
    }

    @Test
    void detect_english() {
        assertThat(detector.detect(ENGLISH)).isEqualTo("eng");
    }

    @Test
    void detect_russian() {
        assertThat(detector.detect(RUSSIAN)).isEqualTo("rus");
    }

    @Test
    void detect_german() {
        assertThat(detector.detect(GERMAN)).isEqualTo("deu");
    }

    @Test
    void detect_singleSentences() {
        assertThat(detector.detect("Russia and Ukraine agreed to a ceasefire.")).isEqualTo("eng");
        assertThat(detector.detect("Россия и Украина договорились о перемирии.")).isEqualTo("rus");
        assertThat(detector.detect("Die Polizei nahm zwölf Demonstranten fest.")).isEqualTo("deu");
    }

    @Test
    void detect_shortOrAmbiguousText_isUndetermined() {
        assertThat(detector.detect("OK")).isEqualTo("und");
        assertThat(detector.detect("Kyiv, Berlin")).isEqualTo("und");
        assertThat(detector.detect("NATO condemned the missile test.")).isEqualTo("und");
        assertThat(detector.detect("12345 678")).isEqualTo("und");
        assertThat(detector.detect("")).isEqualTo("und");
        assertThat(detector.detect(null)).isEqualTo("und");
    }

    @Test
    void detect_longDocument_looksAtTheBeginning() {
        String longText = (ENGLISH + " ").repeat(5000);

        assertThat(detector.detect(longText)).isEqualTo("eng");
    }

    @Test
    void detect_fromManyThreads_givesTheSameAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            String[] texts = {ENGLISH, RUSSIAN, GERMAN};
            for (int i = 0; i < 300; i++) {
                String text = texts[i % 3];
                answers.add(pool.submit(() -> detector.detect(text)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertThat(answers.get(i).get()).isEqualTo(List.of("eng", "rus", "deu").get(i % 3));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
