package org.vigil.core.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a PETRARCH folder gave: per kind of entry, how many were taken and how many left out and why, and the bad
 * lines as {@code file:line: reason}. Filled while reading; {@link #summary()} is what the user sees.
 */
public final class LoadReport {
    private final Map<String, Integer> taken = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> leftOut = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    void take(String kind) {
        taken.merge(kind, 1, Integer::sum);
    }

    void leaveOut(String kind, String reason) {
        leftOut.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(reason, 1, Integer::sum);
    }

    /** A line that could not be read at all: reported, skipped, and counted as left out. */
    void problem(SourceLines.Line line, String kind, String reason) {
        problems.add(line.where() + ": " + reason);
        leaveOut(kind, "bad line");
    }

    public int taken(String kind) {
        return taken.getOrDefault(kind, 0);
    }

    public int leftOut(String kind) {
        return leftOut.getOrDefault(kind, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many of {@code kind} were left out for {@code reason}. */
    public int leftOut(String kind, String reason) {
        return leftOut.getOrDefault(kind, Map.of()).getOrDefault(reason, 0);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** One line per kind ("verb patterns: 812 taken, 301 left out (words before the verb 120, ...)"). */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        java.util.Set<String> kinds = new java.util.LinkedHashSet<>(taken.keySet());
        kinds.addAll(leftOut.keySet());
        for (String kind : kinds) {
            StringBuilder line = new StringBuilder(kind + ": " + taken(kind) + " taken, " + leftOut(kind) + " left out");
            Map<String, Integer> reasons = leftOut.getOrDefault(kind, Map.of());
            if (!reasons.isEmpty()) {
                line.append(" (");
                reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .forEach(e -> line.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
                line.setLength(line.length() - 2);
                line.append(')');
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
