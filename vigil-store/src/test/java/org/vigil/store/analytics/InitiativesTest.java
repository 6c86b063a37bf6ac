package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
                        .says("NATO rejected the Belarusian proposal on missiles.", "NATO", "NATO", "rejected", "127", "BLR",
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
        // linked by "the ... proposal" and one shared word
        assertThat(declaration.responses().get(1).sharedWords()).containsExactly("missile");
        assertThat(declaration.counts()).isEqualTo(new Initiatives.Counts(1, 1, 1, 0, 0));
        assertThat(declaration.status()).isEqualTo("supported");
        assertThat(declaration.firstDate()).isEqualTo("2024-02-05");
        assertThat(declaration.lastDate()).isEqualTo("2024-03-01");
    }

    @Test
    void proposersAgreement_needsTheOtherPartyNamed() {
        // a background sentence of an earlier deal, as in the BBC's story of Labour's conference (a party's plan to
        // no one named is no initiative at all now: a government's here)
        store(Fixture.article("c1", LocalDate.of(2024, 7, 1))
                .says("The government will hold its autumn conference in Manchester.", "GBR:GOV",
                        "The government", "hold", "036", null, null)
                .says("Years ago the government signed a deal for Brighton to host the autumn conference.", "GBR:GOV",
                        "the government", "signed", "057", null, null));
        Initiatives.Initiative conference = analytics.initiatives("GBR", null, null, 50).get(0);
        assertThat(conference.words()).contains("autumn", "conference");
        assertThat(conference.responses()).isEmpty();
        assertThat(conference.status()).isEqualTo("open");
    }

    @Test
    void tracker_countsEveryStatus_andListsOnlyTheStatusAsked() {
        Initiatives.Tracker all = analytics.initiatives(null, null, null, null, 50);
        Initiatives.Tracker agreed = analytics.initiatives(null, null, null, "agreed", 1);
        assertThat(agreed.initiatives()).extracting(Initiatives.Initiative::key).containsExactly("talk+trade");
        // the counts cover every initiative, whatever the status and the limit asked
        assertThat(agreed.statuses()).isEqualTo(all.statuses()).containsEntry("agreed", 1L)
                .containsOnlyKeys(Initiatives.STATUSES);
        assertThat(all.statuses().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(all.initiatives().size());
        assertThat(analytics.initiatives(null, null, null, "answered", 50).initiatives())
                .extracting(Initiatives.Initiative::status).doesNotContain("open").hasSize(2);
        assertThat(analytics.initiatives(null, null, null, "open", 50).initiatives()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> analytics.initiatives(null, null, null, "won", 50))
                .isInstanceOf(BadParameterException.class).hasMessageContaining("status").hasMessageContaining("'won'");
    }

    @Test
    void proposals_areByANamedStateOrOrganisation_toAnotherParty_notDomesticPoliticsToNoOne() {
        // a state's company or civilians speak for no state
        store(Fixture.article("n2", LocalDate.of(2024, 3, 3))
                .says("An American software firm offered cheaper licences to Canadian schools.", "USA:BUS",
                        "An American software firm", "offered", "030", "CAN", "Canadian schools")
                .says("American fans urged Canadian clubs to join the league.", "USA:CVL", "American fans", "urged",
                        "020", "CAN", "Canadian clubs")
                // domestic politics: a party's proposal to no one named is none; legislators urging a state are one
                .says("The Green candidate called for the nationalisation of the central bank.", "USA:PTY",
                        "The Green candidate", "called for", "020", null, null)
                .says("American senators urged Georgia to free the opposition leader.", "USA:LEG",
                        "American senators", "urged", "020", "GEO", "Georgia"));
        assertThat(analytics.initiatives("USA", null, null, 50)).flatExtracting(Initiatives.Initiative::proposals)
                .extracting(p -> p.event().evidence().trigger().text()).containsExactly("urged");
        assertThat(analytics.initiatives(null, null, null, 50)).flatExtracting(Initiatives.Initiative::proposers)
                .doesNotContain("---");
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
        // a person's name, written capitalised, says who; the same word in lower case is a topic
        assertThat(TopicWords.of("an inquiry by Samantha Power into the power grid.", List.of(),
                java.util.Set.of("Samantha", "Power"), 6)).containsExactly("inquiry", "power", "grid");
    }

    @Test
    void implementation_byTheSameActors_marksTheInitiativeImplemented_butNotAnActWithAnotherPartyNorByItsCompanies() {
        store(Fixture.article("g1", LocalDate.of(2024, 4, 1))
                        .says("Germany promised aid to Moldova for its power grid.", "DEU", "Germany", "promised",
                                "033", "MDA", "Moldova"),
                Fixture.article("g2", LocalDate.of(2024, 5, 2))
                        .says("Germany delivered aid for the Moldovan power grid.", "DEU", "Germany", "delivered",
                                "070", "MDA", "Moldovan"),
                // the proposer with a third party: not an answer to its promise to Moldova
                Fixture.article("g3", LocalDate.of(2024, 5, 3))
                        .says("Germany praised Austria for its aid to the power grid.", "DEU", "Germany", "praised",
                                "051", "AUT", "Austria"),
                // a state's companies sign for themselves, not for the state's promise
                Fixture.article("g4", LocalDate.of(2024, 5, 6))
                        .says("German companies signed contracts for aid to the Moldovan power grid.", "DEU:BUS",
                                "German companies", "signed", "057", "MDA", "Moldovan"));

        Initiatives.Initiative grid = analytics.initiatives("MDA", null, null, 50).get(0);
        assertThat(grid.status()).isEqualTo("implemented");
        assertThat(grid.counts()).isEqualTo(new Initiatives.Counts(1, 0, 0, 0, 1));
        assertThat(grid.responses()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("implementation");
            assertThat(r.sharedWords()).containsExactly("aid", "power", "grid");
        });
    }

    @Test
    void proposer_neitherSupportsNorRejectsItsOwnProposal_theAddresseeDoes() {
        // as on the real corpora: the proposer rejecting the other side's counter-offer is no answer to its call
        store(Fixture.article("k1", LocalDate.of(2024, 6, 3))
                        .says("The United States asked North Korea to resume the nuclear talks.", "USA:GOV",
                                "The United States", "asked", "020", "PRK", "North Korea"),
                Fixture.article("k2", LocalDate.of(2024, 6, 10))
                        .says("The United States rejected a North Korean offer to resume nuclear talks for aid.",
                                "USA:GOV", "The United States", "rejected", "120", "PRK", "North Korean"),
                Fixture.article("k3", LocalDate.of(2024, 6, 12))
                        .says("North Korea rejected the American call to resume nuclear talks.", "PRK",
                                "North Korea", "rejected", "120", "USA", "American"));

        Initiatives.Initiative talks = analytics.initiatives("PRK", null, null, 50).get(0);
        assertThat(talks.responses()).singleElement().satisfies(r -> {
            assertThat(r.event().source().entity()).isEqualTo("PRK");
            assertThat(r.kind()).isEqualTo("rejection");
        });
        assertThat(talks.status()).isEqualTo("rejected");
    }

    @Test
    void group_joinsAProposalToAnInitiativeByItsFirstProposal_notByAChainOfPairs() {
        Initiatives.Proposal a = proposal("2024-02-05", "RUS", "UKR", "talk", "peace", "next");
        Initiatives.Proposal b = proposal("2024-02-06", "UKR", "RUS", "peace", "next", "week");
        Initiatives.Proposal c = proposal("2024-02-07", "RUS", "UKR", "next", "week", "summit");

        assertThat(Initiatives.group(List.of(a, b, c))).containsExactly(List.of(a, b), List.of(c));
    }

    @Test
    void group_needsAPartyInCommon_andAYearAtMostSinceTheLatestProposal() {
        // sentences of the real corpora (AG News 2004, Wikinews 2020): "end · violence" said by four proposers
        store(Fixture.article("v1", LocalDate.of(2004, 10, 31))
                        .says("Northern Ireland's main pro-British paramilitary group has pledged to end all violence.",
                                "GBR:REB", "Northern Ireland's main pro-British paramilitary group", "pledged", "030",
                                null, null),
                Fixture.article("v2", LocalDate.of(2004, 10, 31))
                        .says("Ivory Coast President Laurent Gbagbo appealed for an end to the violence.", "CIV:GOV",
                                "Ivory Coast President Laurent Gbagbo", "appealed", "020", null, null),
                Fixture.article("v3", LocalDate.of(2005, 3, 1))
                        .says("The Ivory Coast government urged France to end the violence in the north.", "CIV:GOV",
                                "The Ivory Coast government", "urged", "020", "FRA:GOV", "France"),
                Fixture.article("v4", LocalDate.of(2020, 11, 2))
                        .says("The Ivory Coast president called for an end to the violence after the election.",
                                "CIV:GOV", "The Ivory Coast president", "called", "020", null, null));

        List<Initiatives.Initiative> violence = analytics.initiatives(null, null, null, 50).stream()
                .filter(i -> i.words().contains("violence")).toList();

        // the 2004 and 2005 appeals of Ivory Coast are one initiative; the paramilitary pledge and the 2020 call not
        assertThat(violence).extracting(Initiatives.Initiative::proposers, Initiatives.Initiative::firstDate)
                .containsExactlyInAnyOrder(tuple(List.of("CIV"), "2020-11-02"), tuple(List.of("CIV"), "2004-10-31"),
                        tuple(List.of("GBR"), "2004-10-31"));
        assertThat(violence).filteredOn(i -> i.firstDate().equals("2004-10-31") && i.proposers().equals(List.of("CIV")))
                .singleElement().satisfies(i -> assertThat(i.counts().proposals()).isEqualTo(2));
    }

    /** A proposal with these topic words, dated, from source to target (entities), for the grouping rule. */
    private static Initiatives.Proposal proposal(String date, String source, String target, String... words) {
        EventView.SpanView none = new EventView.SpanView("", null, null, 0, 0);
        EventView e = new EventView(source + target + date, date, new EventView.ActorRef(source, source, null),
                new EventView.ActorRef(target, target, null), "036", "Express intent to meet or negotiate", "03", 1, 4.0,
                "CONSULT", 0.9, 1, List.of(), new EventView.ArticleRef("a-" + date, null, null, date),
                new EventView.Evidence(0, String.join(" ", words), none, none, none), null, "METADATA");
        return new Initiatives.Proposal(e, List.of(words));
    }
}
