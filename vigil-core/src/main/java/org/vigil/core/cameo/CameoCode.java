package org.vigil.core.cameo;

import java.util.Objects;

/**
 * One CAMEO event code with what the codebook says of it.
 *
 * @param code      2 to 4 digits; the first two are the root
 * @param name      codebook name
 * @param goldstein Goldstein conflict-cooperation score, -10..+10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover    PLOVER event type, or null where PLOVER has none (roots 01)
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover) {
    public CameoCode {
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2-4 digits: '" + code + "'");
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein score outside -10..10 for " + code + ": " + goldstein);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class outside 1..4 for " + code + ": " + quadClass);
        }
    }

    public String root() {
        return code.substring(0, 2);
    }
}
