package org.vigil.core.verbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.dictionary.TsvLine;

class TriggerPatternTest {
    private static final CameoOntology CAMEO = CameoOntology.fromLines(List.of(
            new TsvLine("cameo.tsv", 1, List.of("163", "Impose embargo, boycott, or sanctions", "-8.0", "4", "SANCTION")),
            new TsvLine("cameo.tsv", 2, List.of("036", "Express intent to meet or negotiate", "4.0", "1", "AGREE"))));

    private static TriggerPattern parse(String... fields) {
        return TriggerPattern.fromLine(new TsvLine("verbs.tsv", 7, List.of(fields)), CAMEO);
    }

    @Test
    void readsObjectSetAndTargetPreposition() {
        TriggerPattern p = parse("163", "V", "impose {sanction|embargo} on|against", "-");
        assertThat(p.lemma()).isEqualTo("impose");
        assertThat(p.objects()).containsExactlyInAnyOrder("sanction", "embargo");
        assertThat(p.markers()).containsExactly(Set.of("on", "against"));
        assertThat(p.specificity()).isEqualTo(2);
        assertThat(p.code().code()).isEqualTo("163");
    }

    @Test
    void readsJudgementsAndIndexesEachLemmaOfAnAlternation() {
        TriggerPattern p = parse("036", "V", "call|describe =hero|partner", "-");
        assertThat(p.judgements()).containsExactlyInAnyOrder("hero", "partner");
        assertThat(p.specificity()).isEqualTo(1);
        TriggerLexicon lexicon = new TriggerLexicon(List.of(p));
        assertThat(lexicon.verbPatterns("call")).containsExactly(p);
        assertThat(lexicon.verbPatterns("describe")).containsExactly(p);
    }

    @Test
    void readsOpenClauseAndOptions() {
        TriggerPattern p = parse("036", "V", "agree >meet|talk", "recip,active-only");
        assertThat(p.clauses()).containsExactlyInAnyOrder("meet", "talk");
        assertThat(p.has(TriggerPattern.Option.RECIP)).isTrue();
        assertThat(p.has(TriggerPattern.Option.ACTIVE_ONLY)).isTrue();
        assertThat(p.noun()).isFalse();
    }

    @Test
    void unknownCodeIsALoadErrorWithItsLine() {
        assertThatThrownBy(() -> parse("999", "V", "frobnicate", "-"))
                .hasMessage("verbs.tsv:7: unknown CAMEO code '999'");
    }

    @Test
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> parse("163", "V", "impose", "both-ways"))
                .hasMessageContaining("verbs.tsv:7: unknown option 'both-ways'");
    }

    @Test
    void unclosedObjectSetIsRejected() {
        assertThatThrownBy(() -> parse("163", "V", "impose {sanction", "-"))
                .hasMessageStartingWith("verbs.tsv:7: object set must be written {noun|noun}");
    }

    @Test
    void impliedAgentIsARoleNamedInTheOptions() {
        assertThat(parse("163", "V", "boycott", "agent=GOV").impliedAgent()).isEqualTo("GOV");
        assertThat(parse("163", "V", "boycott", "-").impliedAgent()).isNull();
        assertThatThrownBy(() -> parse("163", "V", "boycott", "agent=SHERIFF"))
                .hasMessage("verbs.tsv:7: unknown role in 'agent=SHERIFF'");
    }
}
