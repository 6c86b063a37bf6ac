package org.vigil.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.actors.Organization;

class AdditionsTest {
    private static final Dictionaries DEFAULT = Dictionaries.loadDefault();

    @TempDir
    Path folder;

    @Test
    void readsOnlyTheEntryFilesAFolderHolds() throws IOException {
        Files.writeString(folder.resolve("organizations.tsv"), "# actor\tnames\tkind\tanaphors\n"
                + "KRL:REB\tRed Hand Front|RHF\tARMED\tfront\n");
        Additions additions = DEFAULT.readAdditions(folder);
        assertThat(additions.organizations()).extracting(Organization::entity).containsExactly("KRL");
        assertThat(additions.people()).isEmpty();
        assertThat(additions.verbs()).isEmpty();
    }

    @Test
    void reportsABadLineOfAUserFileByFileAndLine() throws IOException {
        Files.writeString(folder.resolve("people.tsv"), "Tomas Quillby\tKRL:GOV\t2001-03-01\n");
        assertThatThrownBy(() -> DEFAULT.readAdditions(folder))
                .hasMessageStartingWith("people.tsv:1: expected 5 TAB-separated fields");
    }

    @Test
    void addsUserEntriesBeforeTheBuiltInOnes() {
        Organization front = new Organization("KRL", "REB", List.of("Red Hand Front"), "ARMED", List.of());
        Additions user = new Additions(List.of(), List.of(front), List.of(), List.of(), List.of(), List.of());
        Dictionaries added = DEFAULT.with(user, false);
        assertThat(added.organizations()).hasSize(DEFAULT.organizations().size() + 1).first().isEqualTo(front);
        assertThat(added.countries()).isEqualTo(DEFAULT.countries());
        assertThat(added.triggers().size()).isEqualTo(DEFAULT.triggers().size());
    }

    @Test
    void replacesTheBuiltInEntriesButKeepsTheOntology() {
        Organization nato = new Organization("NATO", null, List.of("the Alliance"), "IGO", List.of());
        Additions user = new Additions(List.of(), List.of(nato), List.of(), List.of(), List.of(), List.of());
        Dictionaries only = DEFAULT.with(user, true);
        assertThat(only.organizations()).containsExactly(nato);
        assertThat(only.countries()).isEmpty();
        assertThat(only.triggers().size()).isZero();
        assertThat(only.cameo()).isSameAs(DEFAULT.cameo());
        assertThat(only.memberships()).isNotEmpty().allMatch(m -> m.organization().equals("NATO"));
    }
}
