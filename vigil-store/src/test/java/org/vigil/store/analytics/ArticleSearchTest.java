package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

class ArticleSearchTest extends AnalyticsFixture {
    @BeforeEach
    void fill() {
        store(Fixture.article("grain", LocalDate.of(2024, 4, 2), "Grain corridor talks resume")
                        .sentence("Delegates met in Istanbul on Tuesday.")
                        .says("Turkey urged Russia to reopen the grain corridor through the Black Sea.", "TUR", "Turkey",
                                "urged", "020", "RUS", "Russia")
                        .sentence("The grain corridor carried wheat to Africa last year, and the grain price fell."),
                Fixture.article("ports", LocalDate.of(2024, 5, 9), "Black Sea ports")
                        .sentence("Shipping insurers raised premiums for Black Sea ports after the grain deal lapsed."),
                Fixture.article("wine", LocalDate.of(2024, 5, 20), "A vintage year")
                        .sentence("Georgian winemakers expect a fine harvest; 100% of the 'old' vines survived."));
    }

    @Test
    void search_findsArticlesHoldingEveryWord_mostOccurrencesFirst() {
        ArticleSearch.Page page = analytics.searchArticles("Grain black", null, null, 10, 0);

        assertThat(page.words()).containsExactly("grain", "black");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.articles()).extracting(ArticleSearch.Hit::id).containsExactly("grain", "ports");
        ArticleSearch.Hit grain = page.articles().get(0);
        assertThat(grain.matches()).isEqualTo(5);  // "grain" 4 times (title and text), "black" once
        assertThat(grain.events()).isEqualTo(1);
        assertThat(grain.title()).isEqualTo("Grain corridor talks resume");
        assertThat(page.articles().get(1).snippet()).contains("Black Sea ports after the grain deal");
    }

    @Test
    void search_keepsToTheDates_andPages() {
        assertThat(analytics.searchArticles("grain", LocalDate.of(2024, 5, 1), null, 10, 0).articles())
                .extracting(ArticleSearch.Hit::id).containsExactly("ports");
        ArticleSearch.Page second = analytics.searchArticles("grain", null, null, 1, 1);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.articles()).extracting(ArticleSearch.Hit::id).containsExactly("ports");
        assertThat(analytics.searchArticles("grain", null, null, 1, 5).total()).isEqualTo(2);
    }

    @Test
    void search_treatsQuotesPercentAndUnderscoreAsText() {
        assertThat(analytics.searchArticles("100% 'old'", null, null, 10, 0).articles())
                .extracting(ArticleSearch.Hit::id).containsExactly("wine");
        assertThat(analytics.searchArticles("_", null, null, 10, 0).total()).isZero();
        assertThat(analytics.searchArticles("'; DROP TABLE articles; --", null, null, 10, 0).total()).isZero();
        assertThat(analytics.searchArticles("harvest", null, null, 10, 0).total()).isEqualTo(1);
    }

    @Test
    void search_badQueriesNameTheParameter() {
        assertThatThrownBy(() -> analytics.searchArticles(" ", null, null, 10, 0))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'q'");
        assertThatThrownBy(() -> analytics.searchArticles("a b c d e f g h i j k", null, null, 10, 0))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("at most 10 words");
        assertThatThrownBy(() -> analytics.searchArticles("grain", null, null, 101, 0))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("'limit'");
    }
}
