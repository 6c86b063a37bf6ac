package org.vigil.core.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Token sequences to values, matched longest-first. Built once, then read-only (safe to share). */
final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>();
    }

    void add(List<String> words, T value) {
        Node<T> node = root;
        for (String word : words) {
            node = node.next.computeIfAbsent(word, k -> new Node<>());
        }
        node.values.add(value);
    }

    /** A longest match starting at {@code start}: how many tokens it spans and what they name; null if none. */
    Match<T> longest(int start, int size, IntFunction<String> wordAt) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = start; i < size; i++) {
            node = node.next.get(wordAt.apply(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = new Match<>(i - start + 1, List.copyOf(node.values));
            }
        }
        return best;
    }

    record Match<T>(int length, List<T> values) {
    }
}
