package org.vigil.core.coding;

import org.vigil.core.model.Actor;

/**
 * Companies dealing with companies, or announcing with no one on the other side ("WPP reached agreement", "the
 * chain signed a deal to serve PepsiCo"), are business news, not events between political actors (issue: an
 * event needs a political actor). A company acting on a state, a government or the public is kept: "Boeing
 * extends its condolences to the families", "Ford is cooperating with the government".
 */
final class BusinessNews {
    private static final String BUSINESS = "BUS";

    private BusinessNews() {
    }

    static boolean applies(Actor source, Actor target) {
        return BUSINESS.equals(source.role()) && (target == null || BUSINESS.equals(target.role()));
    }
}
