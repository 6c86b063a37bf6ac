package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.store.testkit.Fixture;

class InitiativesTest extends AnalyticsFixture {
    @BeforeEach
    void fill() {
        store(Fixture.article("p1", LocalDate.of(2024, 2, 5))
                        .says("Belarus proposed a declaration against placing medium-range missiles in Europe.",
                                "BLR", "Belarus", "proposed", "030", null, null),
                Fixture.article("p2", LocalDate.of(2024, 2, 20))
                        .says("Russia praised Belarus for its declaration on medium-range missiles.", "RUS", "Russia",
                                "praised", "051", "BLR", "Belarus"),
                Fixture.article("p3", LocalDate.of(2024, 3, 1))
                        .says("NATO rejected the Belarusian proposal.", "NATO", "NATO", "rejected", "127", "BLR",
                                "Belarusian"),
                Fixture.article("p4", LocalDate.of(2024, 3, 10))
                        .says("Belarus suggested talks on trade with Lithuania.", "BLR", "Belarus", "suggested", "036",
                                "LTU", "Lithuania"),
                Fixture.article("p5", LocalDate.of(2024, 3, 12))
                        .says("Lithuania signed an agreement on trade talks with Belarus.", "LTU", "Lithuania",
                                "signed", "057", "BLR", "Belarus"),
                // not initiatives: an actor the coder could not name, and a government appealing to its own people
                Fixture.article("n1", LocalDate.of(2024, 3, 2))
                        .says("A fan club proposed a charity concert for flood victims.", "---:CVL", "A fan club",
                                "proposed", "030", null, null)
                        .says("The American president urged American voters to support his health plan.", "USA:GOV",
                                "The American president", "urged", "020", "USA:CVL", "American voters"),
                // before the proposal: never a response to it
                Fixture.article("p0", LocalDate.of(2024, 1, 5))
                        .says("Poland rejected any declaration on medium-range missiles from Belarus.", "POL", "Poland",
                                "rejected", "120", "BLR", "Belarus"));
    }

    @Test
    void initiatives_groupByTopicAndLinkLaterResponses() {
        List<Initiatives.Initiative> all = analytics.initiatives(null, null, null, 50);

        assertThat(all).hasSize(2);
        Initiatives.Initiative trade = all.get(0);  // latest activity first
        assertThat(trade.words()).containsExactly("talk", "trade");
        assertThat(trade.key()).isEqualTo("talk+trade");
        assertThat(trade.status()).isEqualTo("agreed");
        assertThat(trade.responses()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("agreement");
            assertThat(r.sharedWords()).containsExactly("talk", "trade");
        });

        Initiatives.Initiative declaration = all.get(1);
        assertThat(declaration.proposals()).singleElement().satisfies(p ->
                assertThat(p.topicWords()).containsExactly("declaration", "placing", "medium", "range", "missile",
                        "europe"));
        assertThat(declaration.proposers()).containsExactly("BLR");
        assertThat(declaration.responses()).extracting(Initiatives.Response::kind)
                .containsExactly("support", "rejection");
        assertThat(declaration.responses().get(0).sharedWords()).contains("declaration", "missile");
        assertThat(declaration.responses().get(1).sharedWords()).isEmpty();  // linked by "the ... proposal"
        assertThat(declaration.counts()).isEqualTo(new Initiatives.Counts(1, 1, 1, 0));
        assertThat(declaration.status()).isEqualTo("supported");
        assertThat(declaration.firstDate()).isEqualTo("2024-02-05");
        assertThat(declaration.lastDate()).isEqualTo("2024-03-01");
    }

    @Test
    void proposals_areByANamedStateOrOrganisation_toAnotherParty() {
        assertThat(analytics.initiatives(null, null, null, 50)).flatExtracting(Initiatives.Initiative::proposers)
                .doesNotContain("---", "USA");
    }

    @Test
    void initiatives_actorFilter_keepsProposalsInvolvingIt() {
        assertThat(analytics.initiatives("LTU", null, null, 50)).singleElement()
                .satisfies(i -> assertThat(i.key()).isEqualTo("talk+trade"));
        assertThat(analytics.initiatives("USA", null, null, 50)).isEmpty();
    }

    @Test
    void sameTopic_needsTwoSharedWordsUnlessOneIsAll() {
        assertThat(Initiatives.sameTopic(List.of("declaration", "missile"), List.of("missile", "declaration", "europe")))
                .isTrue();
        assertThat(Initiatives.sameTopic(List.of("declaration", "missile"), List.of("declaration", "trade"))).isFalse();
        assertThat(Initiatives.sameTopic(List.of("ceasefire"), List.of("ceasefire", "donbas"))).isTrue();
        assertThat(TopicWords.singular("countries")).isEqualTo("country");
        assertThat(TopicWords.singular("missiles")).isEqualTo("missile");
        assertThat(TopicWords.singular("process")).isEqualTo("process");
    }

    @Test
    void topicWords_leaveOutVerbFormsAdverbsAndVagueWords() {
        assertThat(TopicWords.of("for an investigation to be conducted by someone else, fully and quickly.", List.of(),
                java.util.Set.of(), 6)).containsExactly("investigation");
        assertThat(TopicWords.of("voters to remain patient after the recent court ruling.", List.of(), java.util.Set.of(),
                6)).containsExactly("voter", "patient", "court", "ruling");
        // gerunds name topics; -ed and -ly words that are not verbs or adverbs stay
        assertThat(TopicWords.of("an end to the bombing of the United Nations supply depot in Italy.", List.of(),
                java.util.Set.of(), 6)).containsExactly("end", "bombing", "united", "nation", "supply", "depot");
    }
}
