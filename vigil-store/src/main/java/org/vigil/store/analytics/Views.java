package org.vigil.store.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of {@link Analytics} that are plain values (docs/api.md gives each one's JSON). */
public final class Views {
    private Views() {
    }

    /**
     * A page of events and how many match in all; for a pair of blocs, {@code sides} gives by event id the bloc and
     * status each side counted with on the event's date (empty otherwise).
     */
    public record EventPage(long total, int limit, int offset, List<EventView> events,
                            Map<String, BlocSides.Sides> sides) {
        public EventPage {
            events = List.copyOf(events);
            sides = Collections.unmodifiableMap(new LinkedHashMap<>(sides));
        }
    }

    /** A bloc: an organisation with members; counts of states holding each status today. */
    public record BlocInfo(String code, String name, long members, long partners, long observers) {
    }

    /** A pair (of entities or of blocs) over a range, both directions pooled; {@code a < b}. */
    public record TopPair(String a, String b, long events, long conflict, long q4, Double meanGoldstein,
                          double tension, String lastDate) {
    }

    /** A state on the world map. */
    public record CountryIntensity(String code, String name, long events, long conflict, long q4,
                                   Double meanGoldstein, double tension, double intensity) {
    }

    /** The world map: per state conflict, and the largest conflict count (what intensity 1.0 stands for). */
    public record MapView(long maxConflict, List<CountryIntensity> countries) {
        public MapView {
            countries = List.copyOf(countries);
        }
    }

    /** A threat category for the API. */
    public record CategoryInfo(String key, String name, String description) {
    }

    /**
     * One bucket of the category series: all events, those dated only by the date given for their corpus (see
     * {@link Bucket}), and events per category key (every key present).
     */
    public record CategoryBucket(String start, long events, long given, Map<String, Long> counts) {
    }

    /** Threat categories over time. */
    public record CategorySeries(String interval, String from, String to, List<String> categories,
                                 List<CategoryBucket> buckets) {
        public CategorySeries {
            categories = List.copyOf(categories);
            buckets = List.copyOf(buckets);
        }
    }

    /** A stored article with the events it reports (their evidence is this article's). */
    public record ArticleView(String id, String url, String title, String source, String date, String language,
                              String status, int sentences, String text, List<EventView> events) {
        public ArticleView {
            events = List.copyOf(events);
        }
    }

    /**
     * What the store holds: counts, how many events have no date (counted, never charted), how many are dated only
     * by the date given for their corpus ({@link Bucket#given()}) and on which days (the {@link #MAX_GIVEN_DATES}
     * with most of them), and the dates of the first and last dated event (null when none).
     */
    public record StoreStats(long articles, long events, long undatedEvents, long givenEvents, List<String> givenDates,
                             long mentions, String firstDate, String lastDate) {
        public static final int MAX_GIVEN_DATES = 20;

        public StoreStats {
            givenDates = List.copyOf(givenDates);
        }
    }
}
