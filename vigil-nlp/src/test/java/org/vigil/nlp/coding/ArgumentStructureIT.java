package org.vigil.nlp.coding;

import static org.vigil.nlp.testkit.CodingKit.assertCodes;
import static org.vigil.nlp.testkit.CodingKit.assertCodesExactly;

import org.junit.jupiter.api.Test;

/** Who is the source and who the target, from the shape of the clause (CODER.md §3). */
class ArgumentStructureIT {
    @Test
    void activeClauseCodesSubjectOnObject() {
        assertCodesExactly("Russian artillery shelled Kharkiv on Tuesday.", "RUS:MIL UKR 194");
    }

    @Test
    void passiveWithAgentCodesTheAgentAsSource() {
        assertCodesExactly("Kharkiv was shelled by Russian forces on Tuesday.", "RUS:MIL UKR 194");
    }

    @Test
    void passiveWithoutAgentCodesNothing() {
        assertCodesExactly("Kharkiv was shelled overnight.");
    }

    @Test
    void conjoinedSourcesEachActOnTheTarget() {
        assertCodesExactly("France and Germany condemned Iran on Monday.", "FRA IRN 111", "DEU IRN 111");
    }

    @Test
    void conjoinedPartiesOfASymmetricActionActBothWays() {
        assertCodes("Armenia and Azerbaijan signed a peace agreement in Washington.", "ARM", "AZE", "057");
        assertCodes("Armenia and Azerbaijan signed a peace agreement in Washington.", "AZE", "ARM", "057");
    }

    @Test
    void meetingOneWayWhenOnePartyIsTheSubject() {
        assertCodesExactly("The Chinese foreign minister met Russia's ambassador in Beijing.", "CHN:GOV RUS:GOV 040");
    }

    @Test
    void prepositionOfThePatternNamesTheTarget() {
        assertCodes("The European Union imposed new sanctions on Belarus on Friday.", "EU", "BLR", "163");
    }

    @Test
    void particleVerbWithObjectNounIsOneTrigger() {
        assertCodes("Belarus put forward an initiative on European security.", "BLR", null, "030");
    }

    @Test
    void openClauseIsCodedByTheVerbThatGovernsIt() {
        assertCodesExactly("Russia threatened to strike Ukrainian airfields.", "RUS UKR 138");
    }

    @Test
    void objectOfAnAppealIsItsTarget() {
        assertCodes("The Arab League urged Israel to halt its offensive in Gaza.", "ARL", "ISR", "0256");
    }

    @Test
    void severalEventsInOneSentenceAreAllCoded() {
        assertCodes("Iranian protesters stormed the Saudi embassy, and Riyadh cut diplomatic ties with Tehran.",
                "IRN:CVL", "SAU:GOV", "145");
        assertCodes("Iranian protesters stormed the Saudi embassy, and Riyadh cut diplomatic ties with Tehran.",
                "SAU:GOV", "IRN:GOV", "161");
    }

    @Test
    void whatAWeaponIsAimedAtIsTheTarget() {
        assertCodes("Syria launched rockets targeting Turkish soldiers at a base in Iraq.", "SYR", "TUR:MIL", "195");
    }

    @Test
    void partiesWhoActOnEachOtherActBothWays() {
        assertCodesExactly("Armenia and Azerbaijan accused each other of shelling villages on Sunday.", "ARM AZE 112",
                "AZE ARM 112");
    }

    @Test
    void anObjectionSomeoneActedDespiteIsAimedAtThem() {
        assertCodes("The Hungarian government passed the bill on Monday despite criticism from the European Commission.",
                "EU", "HUN:GOV", "111");
    }

    @Test
    void aQuotedObjectReadAsAVerblessClauseIsStillTheObject() {
        assertCodes("The mayor of Bristol, Marvin Rees, thanked \"the police, security and ambulance services staff for "
                + "their brave response\".", "GBR:GOV", "GBR:COP", "051");
    }

    @Test
    void whatAnAccusationChargesIsNotASecondEvent() {
        assertCodesExactly("Prosecutors in Berlin alleged that the accused attacked two synagogues.",
                "DEU:JUD DEU:CVL 112");
    }

    @Test
    void namingSomethingByAJudgementPraisesOrCriticisesIt() {
        assertCodes("The Kazakh president called China a reliable partner.", "KAZ:GOV", "CHN", "051");
        assertCodes("The Georgian foreign minister described Russia's referendum as illegal.", "GEO:GOV", "RUS", "111");
        assertCodesExactly("She called the police on Tuesday.");
    }
}
