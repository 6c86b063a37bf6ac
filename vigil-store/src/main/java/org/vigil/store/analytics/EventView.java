package org.vigil.store.analytics;

import java.util.List;

/**
 * An event as the API shows it (docs/api.md, "The event object"): actors, code, threat categories, the article
 * and the evidence with its spans. Dates are ISO strings, null when unknown; {@code cameoName} is the code's name
 * in the CAMEO dictionary. {@code date} is the day the event happened, {@code dateOrigin} how that is known:
 * RELATIVE, RELATIVE_WEEK, RELATIVE_MONTH or EXPLICIT when its sentence gives the day, week or month, else its
 * first article's date origin (METADATA, PAGE, DATELINE, GIVEN, NONE).
 */
public record EventView(String id, String date, ActorRef source, ActorRef target, String cameo, String cameoName,
                        String root, int quadClass, double goldstein, String plover, double confidence, int mentions,
                        List<String> categories, ArticleRef article, Evidence evidence, String location,
                        String dateOrigin) {
    public EventView {
        categories = List.copyOf(categories);
    }

    /** The same event with these categories. */
    public EventView withCategories(List<String> keys) {
        return new EventView(id, date, source, target, cameo, cameoName, root, quadClass, goldstein, plover, confidence, mentions,
                keys, article, evidence, location, dateOrigin);
    }

    /** An actor code split into entity and role (role null when none). */
    public record ActorRef(String code, String entity, String role) {
    }

    /** The article a report comes from; title, url and date may be null. */
    public record ArticleRef(String id, String title, String url, String date) {
    }

    /** The evidence sentence (index in its article, text) and the spans of source, trigger and target. */
    public record Evidence(int sentence, String text, SpanView source, SpanView trigger, SpanView target) {
    }

    /**
     * Words of the evidence: {@code start}/{@code end} in the sentence text (null when they cannot be located in
     * it, e.g. a source named in an earlier sentence), {@code articleStart}/{@code articleEnd} in the article.
     */
    public record SpanView(String text, Integer start, Integer end, int articleStart, int articleEnd) {
    }
}
