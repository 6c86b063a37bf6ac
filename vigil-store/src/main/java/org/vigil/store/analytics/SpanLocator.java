package org.vigil.store.analytics;

/**
 * Turns article offsets of the evidence spans into offsets in the evidence sentence. The store keeps the sentence
 * text and the spans' article offsets, not where the sentence starts; the start is recovered from the trigger
 * (which always lies in its sentence): of the places where the trigger's words occur in the sentence, the one
 * that also places the most other spans on their own words wins.
 */
final class SpanLocator {
    /** A span as stored: words and article offsets; null when absent. */
    record Stored(String text, Integer start, Integer end) {
    }

    private SpanLocator() {
    }

    /** The article offset where the sentence starts, or -1 when the trigger's words are not in the sentence. */
    static int sentenceStart(String sentence, Stored trigger, Stored source, Stored target) {
        int best = -1;
        int bestScore = -1;
        for (int i = sentence.indexOf(trigger.text()); i >= 0; i = sentence.indexOf(trigger.text(), i + 1)) {
            int start = trigger.start() - i;
            int score = (fits(sentence, start, source) ? 1 : 0) + (fits(sentence, start, target) ? 1 : 0);
            if (score > bestScore) {
                best = start;
                bestScore = score;
            }
        }
        return best;
    }

    /** The span in sentence coordinates, null offsets when it does not lie on its words in the sentence. */
    static EventView.SpanView view(String sentence, int sentenceStart, Stored span) {
        if (span == null || span.text() == null) {
            return null;
        }
        int articleStart = span.start() == null ? -1 : span.start();
        int articleEnd = span.end() == null ? -1 : span.end();
        if (sentenceStart >= 0 && fits(sentence, sentenceStart, span)) {
            int s = articleStart - sentenceStart;
            return new EventView.SpanView(span.text(), s, s + span.text().length(), articleStart, articleEnd);
        }
        // the words may still be in the sentence once (the sentence start is unknown): take the only occurrence
        int at = sentence.indexOf(span.text());
        if (at >= 0 && !span.text().isEmpty() && sentence.indexOf(span.text(), at + 1) < 0 && sentenceStart < 0) {
            return new EventView.SpanView(span.text(), at, at + span.text().length(), articleStart, articleEnd);
        }
        return new EventView.SpanView(span.text(), null, null, articleStart, articleEnd);
    }

    private static boolean fits(String sentence, int sentenceStart, Stored span) {
        if (span == null || span.text() == null || span.start() == null || span.text().isEmpty()) {
            return false;
        }
        int s = span.start() - sentenceStart;
        return s >= 0 && s + span.text().length() <= sentence.length()
                && sentence.regionMatches(s, span.text(), 0, span.text().length());
    }
}
