package org.vigil.store.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.core.dictionary.DictionaryException;

class ThreatRulesTest {
    @Test
    void loadDefault_coversEveryCategory() {
        List<ThreatRules.Rule> rules = ThreatRules.loadDefault();
        assertThat(rules).extracting(ThreatRules.Rule::category).containsAll(List.of(ThreatCategory.values()));
    }

    @Test
    void load_roleAndKeywords_becomeConditions() {
        List<ThreatRules.Rule> rules = load("terrorism\t19\tsource:INS\t-\tx\nsmuggling_crime\t*\t-\tsmuggl|drug\tx\n");
        assertThat(rules.get(0)).isEqualTo(new ThreatRules.Rule(ThreatCategory.TERRORISM, "19", "source", "INS", null));
        assertThat(rules.get(1).pattern()).isEqualTo("\\b(?:smuggl|drug)");
        assertThat(rules.get(1).prefix()).isNull();
    }

    @Test
    void load_badLine_failsWithFileAndLine() {
        assertThatThrownBy(() -> load("# header\nwar\t19\t-\t-\tx\n"))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("t.tsv:2").hasMessageContaining("war");
        assertThatThrownBy(() -> load("terrorism\t1x\t-\t-\tx\n")).hasMessageContaining("t.tsv:1");
        assertThatThrownBy(() -> load("terrorism\t*\tsource:XXX\t-\tx\n")).hasMessageContaining("unknown role");
        assertThatThrownBy(() -> load("terrorism\t*\t-\tbo(mb\tx\n")).hasMessageContaining("keyword");
        assertThatThrownBy(() -> load("terrorism\t*\t-\t-\tx\n")).hasMessageContaining("at least one condition");
    }

    private static List<ThreatRules.Rule> load(String text) {
        return ThreatRules.load("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
