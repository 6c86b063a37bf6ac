package org.vigil.core.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold item: a short news text with every codable event in it ({@code []} when there is none).
 * Its events are either all CAMEO-coded or all PLOVER-coded; a mix is rejected.
 *
 * @param id     item id, unique in its set
 * @param date   publication date, or null when unknown
 * @param text   one to three sentences of news prose
 * @param events the hand-coded events, possibly empty
 */
public record GoldItem(String id, LocalDate date, String text, List<GoldEvent> events) {
    public GoldItem {
        Objects.requireNonNull(id, "gold item id");
        Objects.requireNonNull(text, "gold item text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("gold item id is blank");
        }
        events = List.copyOf(events);
        long plover = events.stream().filter(GoldEvent::isPlover).count();
        if (plover > 0 && plover < events.size()) {
            throw new IllegalArgumentException("gold item " + id + " mixes PLOVER-coded and CAMEO-only events");
        }
    }

    /** True when the item's events are scored at the PLOVER level (false for an item with no events). */
    public boolean isPlover() {
        return !events.isEmpty() && events.get(0).isPlover();
    }
}
