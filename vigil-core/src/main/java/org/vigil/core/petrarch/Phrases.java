package org.vigil.core.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PETRARCH phrases ({@code GEORGE_W._BUSH}, {@code ARNOR_}, {@code GROUP OF 77}) as Vigil writes them. PETRARCH
 * joins words with {@code _} or spaces, marks a whole word with a trailing {@code _}, and writes everything in upper
 * case; Vigil matches whole tokens and respects case, so a name is taken in title case, plus as written when it is a
 * single word (acronyms: {@code IMF}, {@code NATO}).
 */
final class Phrases {
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "de",
            "du", "des", "la", "le", "el", "al", "bin", "van", "von", "da", "do", "dos");

    private Phrases() {
    }

    /** The words of a phrase, upper case kept, separators normalised to single spaces. */
    static String words(String phrase) {
        // a TAB or | inside a name would break Vigil's line format
        return phrase.replace('_', ' ').replace('|', ' ').replaceAll("\\s+", " ").trim();
    }

    /** The names a PETRARCH actor phrase stands for, in Vigil's case-sensitive form. */
    static List<String> names(String phrase) {
        String words = words(phrase);
        List<String> names = new ArrayList<>();
        if (words.isEmpty()) {
            return names;
        }
        names.add(titleCase(words));
        if (!words.contains(" ") && !names.contains(words)) {
            names.add(words);
        }
        return names;
    }

    /** Agent nouns are matched on lemmas, which are lower case. */
    static String lemmas(String phrase) {
        return words(phrase).toLowerCase(Locale.ROOT);
    }

    static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        String[] parts = words.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(i > 0 && SMALL_WORDS.contains(parts[i]) ? parts[i] : capitalised(parts[i]));
        }
        return out.toString();
    }

    /** "al-qaeda" → "Al-Qaeda", "w." → "W.": each part after a hyphen starts upper case. */
    private static String capitalised(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return out.toString();
    }
}
