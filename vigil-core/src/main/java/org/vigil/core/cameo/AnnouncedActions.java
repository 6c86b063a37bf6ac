package org.vigil.core.cameo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.core.dictionary.TsvLine;

/**
 * What an action announced for the future is coded as ({@code future.tsv}): an intent when it cooperates, a
 * threat when it conflicts.
 */
public final class AnnouncedActions {
    private final Map<String, CameoCode> byPrefix;

    private AnnouncedActions(Map<String, CameoCode> byPrefix) {
        this.byPrefix = Map.copyOf(byPrefix);
    }

    public static AnnouncedActions fromLines(List<TsvLine> lines, CameoOntology cameo) {
        Map<String, CameoCode> byPrefix = new HashMap<>();
        for (TsvLine line : lines) {
            String prefix = line.get(0);
            if (!prefix.matches("\\d{2,4}")) {
                throw line.error("prefix must be 2-4 digits: '" + prefix + "'");
            }
            CameoCode code = cameo.find(line.get(1))
                    .orElseThrow(() -> line.error("unknown CAMEO code '" + line.get(1) + "'"));
            if (byPrefix.put(prefix, code) != null) {
                throw line.error("prefix " + prefix + " is listed twice");
            }
        }
        return new AnnouncedActions(byPrefix);
    }

    /** The code of announcing this action; the action's own code when announcing it changes nothing. */
    public CameoCode announced(CameoCode action) {
        for (int length = action.code().length(); length >= 2; length--) {
            CameoCode shifted = byPrefix.get(action.code().substring(0, length));
            if (shifted != null) {
                return shifted;
            }
        }
        return action;
    }
}
