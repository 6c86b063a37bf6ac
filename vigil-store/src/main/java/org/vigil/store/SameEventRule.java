package org.vigil.store;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;

/**
 * When two reports from different articles describe one real-world event (docs/store.md, "De-duplication"):
 * <ol>
 *   <li>the same source entity and the same target entity, or both without a target; where an entity is
 *       {@code ---} (only the role is known: "protesters", "gunmen") the roles must be equal too;</li>
 *   <li>the same CAMEO root;</li>
 *   <li>event dates at most {@value #MAX_DAYS_APART} day apart; a report without a date never matches, and the
 *       store offers none dated only by a date given to its corpus (GIVEN);</li>
 *   <li>close wording: the Jaccard similarity of the two evidence sentences' content words is at least
 *       {@value #MIN_JACCARD}, or the two triggers have the same lemma.</li>
 * </ol>
 * Pure functions, no state: the store applies them, the tests pin them.
 */
public final class SameEventRule {
    /** The lowest Jaccard similarity of content-word sets at which two evidence sentences count as close. */
    public static final double MIN_JACCARD = 0.2;
    /** How many days apart two reports of one event may be dated. */
    public static final int MAX_DAYS_APART = 1;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not",
            "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
            "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then",
            "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very",
            "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "would", "you", "your", "yours", "s", "t", "said", "says", "say", "told", "according", "reported",
            "reports", "reportedly", "news", "agency", "statement", "mr", "ms", "mrs");

    private SameEventRule() {
    }

    /**
     * What the rule looks at in one report of an event.
     *
     * @param targetEntity null when the event has no target
     * @param date         null when unknown (such a report matches nothing)
     * @param trigger      the trigger's words as found in the text
     */
    public record Report(String sourceEntity, String sourceRole, String targetEntity, String targetRole,
                         String root, LocalDate date, String evidence, String trigger) {
        public Report {
            Objects.requireNonNull(sourceEntity, "source entity");
            Objects.requireNonNull(root, "CAMEO root");
            Objects.requireNonNull(evidence, "evidence");
            Objects.requireNonNull(trigger, "trigger");
        }

        public static Report of(Event e) {
            Actor t = e.target();
            return new Report(e.source().entity(), e.source().role(), t == null ? null : t.entity(),
                    t == null ? null : t.role(), e.code().root(), e.date(), e.evidence(), e.trigger().text());
        }
    }

    /** The whole rule: do these two reports (from different articles) describe one event? */
    public static boolean sameEvent(Report a, Report b) {
        return sameActorsAndRoot(a, b) && datesClose(a.date(), b.date())
                && closeWording(contentWords(a.evidence()), triggerLemma(a.trigger()),
                        contentWords(b.evidence()), triggerLemma(b.trigger()));
    }

    /** Rules 1 and 2: same source entity, same target entity or both none, same root; {@code ---} needs equal roles. */
    public static boolean sameActorsAndRoot(Report a, Report b) {
        return a.root().equals(b.root())
                && sameEntity(a.sourceEntity(), a.sourceRole(), b.sourceEntity(), b.sourceRole())
                && (a.targetEntity() == null
                        ? b.targetEntity() == null
                        : b.targetEntity() != null
                                && sameEntity(a.targetEntity(), a.targetRole(), b.targetEntity(), b.targetRole()));
    }

    private static boolean sameEntity(String entityA, String roleA, String entityB, String roleB) {
        if (!entityA.equals(entityB)) {
            return false;
        }
        return !entityA.equals(Actor.UNKNOWN_ENTITY) || Objects.equals(roleA, roleB);
    }

    /** Rule 3: both dates known and at most {@link #MAX_DAYS_APART} apart. */
    public static boolean datesClose(LocalDate a, LocalDate b) {
        return a != null && b != null && Math.abs(ChronoUnit.DAYS.between(a, b)) <= MAX_DAYS_APART;
    }

    /** Rule 4 on prepared inputs ({@link #contentWords}, {@link #triggerLemma}). */
    public static boolean closeWording(Set<String> wordsA, String lemmaA, Set<String> wordsB, String lemmaB) {
        return (!lemmaA.isEmpty() && lemmaA.equals(lemmaB)) || jaccard(wordsA, wordsB) >= MIN_JACCARD;
    }

    /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int common = 0;
        for (String w : small) {
            if (large.contains(w)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /**
     * The content words of a sentence: lower-cased letter runs (so numbers and punctuation go), without stop
     * words, single letters and common reporting words, each reduced by {@link #stem}.
     */
    public static Set<String> contentWords(String sentence) {
        Set<String> out = new HashSet<>();
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 1 && !STOP_WORDS.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /**
     * The trigger's lemma, approximated: {@link Event} carries the trigger's surface words, so each word is
     * lower-cased and {@link #stem stemmed} ("shelled", "shelling" and "shells" all give "shell").
     */
    public static String triggerLemma(String trigger) {
        StringBuilder out = new StringBuilder();
        for (String w : trigger.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(stem(w));
            }
        }
        return out.toString();
    }

    /**
     * A light English stemmer for inflections only: strips one of -ing, -ed, -es, -s (never below three
     * letters; not the -s of -ss) and undoubles a final consonant left by -ing or -ed ("stopped" → "stop"; not
     * l, s, z: "shelled" → "shell"); a word with none of these loses a final -e, so "strike", "strikes" and
     * "striking" all give "strik".
     */
    static String stem(String w) {
        for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
            boolean applies = w.endsWith(suffix) && w.length() - suffix.length() >= 3
                    && !(suffix.equals("s") && w.endsWith("ss"));
            if (applies) {
                String s = w.substring(0, w.length() - suffix.length());
                int n = s.length();
                boolean doubled = n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "lszaeiou".indexOf(s.charAt(n - 1)) < 0;
                return doubled && !suffix.endsWith("s") ? s.substring(0, n - 1) : s;
            }
        }
        return w.endsWith("e") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }
}
