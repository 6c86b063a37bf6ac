package org.vigil.core.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vigil.core.dictionary.TsvLine;

/**
 * The cue sets of {@code cues.tsv}, and which of them an article names. Cues are found as whole words in any case
 * (datelines are in capitals), longest first, so that a cue inside a longer one is not found on its own: the
 * "Republic of the Congo" of "Democratic Republic of the Congo" is no cue of Brazzaville's state.
 */
final class CueSets {
    /** Cue word, lower-cased -> the sets it belongs to. */
    private final Map<String, Set<String>> setsOf;
    private final Set<String> names;
    private final Pattern anyCue;

    private CueSets(Map<String, Set<String>> setsOf, Set<String> names) {
        this.setsOf = Map.copyOf(setsOf);
        this.names = Set.copyOf(names);
        String alternatives = setsOf.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.anyCue = Pattern.compile("(?<![\\w.])(" + alternatives + ")(?!\\w)", Pattern.CASE_INSENSITIVE);
    }

    static CueSets fromLines(List<TsvLine> lines) {
        Map<String, Set<String>> setsOf = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (TsvLine line : lines) {
            if (!names.add(line.get(0))) {
                throw line.error("cue set '" + line.get(0) + "' defined twice");
            }
            for (String word : line.list(1)) {
                setsOf.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> new HashSet<>()).add(line.get(0));
            }
        }
        setsOf.replaceAll((word, sets) -> Set.copyOf(sets));
        return new CueSets(setsOf, names);
    }

    /** The names of the sets the text names a cue of. */
    Set<String> named(String text) {
        Set<String> out = new HashSet<>();
        if (setsOf.isEmpty()) {
            return out;
        }
        Matcher m = anyCue.matcher(text);
        while (m.find()) {
            out.addAll(setsOf.get(m.group(1).toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** The sets named in one column of a line, each checked to exist. */
    List<String> namesIn(TsvLine line, int column) {
        List<String> out = new ArrayList<>();
        for (String name : line.list(column)) {
            if (!names.contains(name)) {
                throw line.error("column " + (column + 1) + ": no cue set '" + name + "' in cues.tsv");
            }
            out.add(name);
        }
        return out;
    }
}
