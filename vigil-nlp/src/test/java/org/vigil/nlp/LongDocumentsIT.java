package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.model.ParsedSentence;
import org.vigil.nlp.testkit.CodingKit;

/**
 * Long texts are parsed window by window, the windows side by side, with the same result as in one pass; overlong
 * sentences are named.
 */
class LongDocumentsIT {
    private static final String[] PARAGRAPHS = {
        "Russian artillery shelled Kharkiv on Tuesday. Residents sheltered in the metro overnight.",
        "France and Germany condemned Iran on Monday. The ministers spoke after a meeting in Brussels.",
        "Shares rose sharply in early trading. Analysts expected a calm week on the markets.",
        "Turkey and Greece agreed to resume talks. The first round will be held in Athens next month.",
    };

    private static String article(int paragraphs, String separator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            text.append(PARAGRAPHS[i % PARAGRAPHS.length]).append(separator);
        }
        return text.toString().strip();
    }

    @Test
    void aLongArticleParsedInWindowsOnSeveralThreadsGivesTheSentencesAndEventsOfOnePass() {
        String runOn = "and the talks went on ".repeat(30).strip(); // 150 tokens, in the third of six windows
        Article article = Article.of("long", LocalDate.of(2024, 3, 5),
                article(40, "\n\n") + "\n\n" + runOn + "\n\n" + article(40, "\n\n"));
        ParsedDocument whole = new CoreNlpParser(Integer.MAX_VALUE, 1).parse(article);

        ParsedDocument windowed = new CoreNlpParser(1500, 4).parse(article);

        assertThat(article.text().length()).isGreaterThan(5 * 1500);
        assertThat(windowed.sentences()).isEqualTo(whole.sentences());
        assertThat(windowed.skipped()).isEqualTo(whole.skipped()).singleElement().asString()
                .startsWith("sentence 80 not coded: 150 tokens");
        assertThat(windowed.sentences()).allSatisfy(s -> assertThat(article.text().substring(s.begin(), s.end()))
                .isEqualTo(s.text()));
        List<Event> events = CodingKit.coder().code(windowed);
        assertThat(events).isEqualTo(CodingKit.coder().code(whole));
        assertThat(events).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void aSentenceOverTheTokenLimitIsKeptUnparsedAndNamedWithItsLength() {
        String runOn = "and the talks went on " .repeat(60).strip();
        Article article = Article.of("run-on", LocalDate.of(2024, 3, 5),
                "Russian artillery shelled Kharkiv on Tuesday. " + runOn + "\n\nFrance condemned Iran on Monday.");

        ParsedDocument doc = CodingKit.parser().parse(article);

        assertThat(doc.skipped()).singleElement().asString()
                .matches("sentence 1 not coded: \\d{3} tokens, over the limit of 120");
        assertThat(doc.sentences()).extracting(ParsedSentence::parsed).containsExactly(true, false, true);
        assertThat(CodingKit.coder().code(doc)).hasSize(2);
    }
}
