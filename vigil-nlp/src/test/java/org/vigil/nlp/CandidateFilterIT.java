package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vigil.core.coding.CandidateFilter;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.model.ParsedSentence;
import org.vigil.nlp.testkit.CodingKit;
import org.vigil.nlp.testkit.SharedData;

/** The pre-filter skips the dependency parse of sentences that cannot yield an event, and loses no event. */
class CandidateFilterIT {
    private static final CandidateFilter FILTER = new CandidateFilter(CodingKit.dictionaries());

    @Test
    void sentenceWithoutActorOrTriggerIsNotParsed() {
        ParsedDocument doc = CodingKit.parser().parse(Article.of("f", LocalDate.of(2024, 3, 5),
                "Shares rose sharply in early trading. Russian artillery shelled Kharkiv on Tuesday."), FILTER);
        assertThat(doc.sentences()).extracting(ParsedSentence::parsed).containsExactly(false, true);
        assertThat(doc.sentences().get(0).tokens()).allSatisfy(t -> assertThat(t.head()).isEqualTo(-1));
        assertThat(doc.sentences().get(1).tokens()).anySatisfy(t -> assertThat(t.relation()).isEqualTo("nsubj"));
    }

    @Test
    void pronounKeepsASentenceForTheParser() {
        ParsedDocument doc = CodingKit.parser().parse(Article.of("f", LocalDate.of(2019, 11, 28),
                "The weather in Bishkek was cold. He criticised the alliance."), FILTER);
        assertThat(doc.sentences()).extracting(ParsedSentence::parsed).containsExactly(false, true);
    }

    @Test
    void seedArticleYieldsTheSameEventsWithAndWithoutTheFilter() throws IOException {
        Path seeds = SharedData.path("seeds");
        assumeTrue(Files.isDirectory(seeds), "../shared/seeds is absent: skipped");
        Path file;
        try (Stream<Path> files = Files.list(seeds)) {
            file = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        Article article = Article.of("seed", LocalDate.of(2019, 11, 28), Files.readString(file));
        List<Event> all = CodingKit.coder().code(CodingKit.parser().parse(article));
        ParsedDocument filtered = CodingKit.parser().parse(article, FILTER);
        assertThat(CodingKit.coder().code(filtered)).isEqualTo(all);
        assertThat(filtered.sentences()).anyMatch(s -> !s.parsed());
    }
}
