package org.vigil.core.coding;

import java.util.List;

/**
 * Words of one sentence that name an actor, before composition: tokens {@code first..last} (inclusive) whose
 * syntactic head is {@code head}. For ROLE mentions the entity is unknown until composed; for anaphors the
 * {@code anaphorLemmas} say what they may point to.
 */
record Mention(MentionKind kind, int first, int last, int head, String entity, String role,
               boolean refersToPerson, List<String> anaphorLemmas) {
    Mention {
        anaphorLemmas = List.copyOf(anaphorLemmas);
    }

    boolean covers(int token) {
        return token >= first && token <= last;
    }

    /** Can this mention stand for a state's entity when it modifies a role noun? */
    boolean givesEntity() {
        return kind != MentionKind.ROLE && kind != MentionKind.ORGANIZATION_ANAPHOR;
    }
}
