package org.vigil.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleScoringTest {
    private static final String ATTACK = "Rebels shelled the town of Marvin on Monday.";
    private static final String REPEAT = "The shelling of Marvin drew wide condemnation.";

    private final Scorer scorer = Scorer.forArticles();

    private static GoldItem article(GoldEvent... events) {
        return new GoldItem("story", LocalDate.of(2024, 3, 5), ATTACK + " " + REPEAT, List.of(events));
    }

    private static GoldEvent quoted(String source, String target, String code, String quote) {
        return new GoldEvent(source, target, code, null, quote);
    }

    private static Prediction found(String source, String target, String code, String sentence) {
        return new Prediction(source, target, code, null, null, sentence);
    }

    @Test
    void articleLevelCountsAnEventTheStoryRepeatsOnce() {
        GoldItem item = article(quoted("---:REB", "AAA", "194", "Rebels shelled the town of Marvin"),
                quoted("---:REB", "AAA", "194", "The shelling of Marvin"));
        ItemResult r = scorer.scoreItem(item, List.of(found("---", "AAA:CVL", "190", ATTACK),
                found("---:REB", "AAA", "195", REPEAT), found("---:REB", "AAA", "194", REPEAT)));

        assertThat(r.counts(Level.ARTICLE)).isEqualTo(new Counts(1, 1, 1));
    }

    @Test
    void articleLevelCountsEachDistinctPredictedTripleAgainstPrecision() {
        GoldItem item = article(quoted("---:REB", "AAA", "194", "Rebels shelled the town of Marvin"));
        ItemResult r = scorer.scoreItem(item, List.of(found("---:REB", "AAA", "194", ATTACK),
                found("AAA", "---", "111", REPEAT)));

        assertThat(r.counts(Level.ARTICLE)).isEqualTo(new Counts(1, 2, 1));
        assertThat(ArticleTriples.extra(item.events(), r.predicted())).extracting(Prediction::code).containsExactly("111");
    }

    @Test
    void inPlaceNeedsTheEvidenceSentenceToHoldTheQuote() {
        GoldItem item = article(quoted("---:REB", "AAA", "194", "Rebels  shelled the\ntown of Marvin"));

        ItemResult elsewhere = scorer.scoreItem(item, List.of(found("---", "AAA", "194", REPEAT)));
        ItemResult inPlace = scorer.scoreItem(item, List.of(found("---", "AAA", "194", ATTACK)));

        assertThat(elsewhere.counts(Level.IN_PLACE).matched()).isZero();
        assertThat(elsewhere.counts(Level.ENTITY).matched()).isEqualTo(1);
        assertThat(inPlace.counts(Level.IN_PLACE).matched()).isEqualTo(1);
    }

    @Test
    void missedTriplesKeepTheQuoteOfTheirFirstReport() {
        GoldItem item = article(quoted("---:REB", "AAA", "194", "Rebels shelled the town of Marvin"),
                quoted("---:REB", "AAA", "194", "The shelling of Marvin"));

        assertThat(ArticleTriples.missed(item.events(), List.of())).extracting(GoldEvent::quote)
                .containsExactly("Rebels shelled the town of Marvin");
    }

    @Test
    void theHeadlineOfAnArticleReportIsTheArticleLevel() {
        GoldItem item = article(quoted("---:REB", "AAA", "194", "Rebels shelled the town of Marvin"));
        EvalReport report = scorer.score(List.of(scorer.scoreItem(item, List.of())));

        assertThat(report.headlineLevel()).isEqualTo(Level.ARTICLE);
        assertThat(report.headline()).isEqualTo(new Counts(1, 0, 0));
    }
}
