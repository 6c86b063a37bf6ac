package org.vigil.core.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-level metric of GUIDELINES.md: an item's distinct (source entity, target entity, root) triples,
 * gold against predicted. A story that reports one event three times, or a coder that finds it three times,
 * counts it once.
 */
public final class ArticleTriples {
    private ArticleTriples() {
    }

    /** Distinct gold triples, distinct predicted triples, and the triples in both. */
    static Counts counts(List<GoldEvent> gold, List<Prediction> predicted) {
        Set<Triple> wanted = goldByTriple(gold).keySet();
        Set<Triple> found = predictedByTriple(predicted).keySet();
        int matched = (int) found.stream().filter(wanted::contains).count();
        return new Counts(wanted.size(), found.size(), matched);
    }

    /** For each gold triple no prediction has, its first gold event (the one whose quote a reader looks up). */
    public static List<GoldEvent> missed(List<GoldEvent> gold, List<Prediction> predicted) {
        Map<Triple, GoldEvent> wanted = goldByTriple(gold);
        wanted.keySet().removeAll(predictedByTriple(predicted).keySet());
        return List.copyOf(wanted.values());
    }

    /** For each predicted triple the gold lacks, its first prediction. */
    public static List<Prediction> extra(List<GoldEvent> gold, List<Prediction> predicted) {
        Map<Triple, Prediction> found = predictedByTriple(predicted);
        found.keySet().removeAll(goldByTriple(gold).keySet());
        return List.copyOf(found.values());
    }

    private static Map<Triple, GoldEvent> goldByTriple(List<GoldEvent> gold) {
        Map<Triple, GoldEvent> out = new LinkedHashMap<>();
        gold.stream().filter(g -> g.code() != null)
                .forEach(g -> out.putIfAbsent(new Triple(entity(g.source()), entity(g.target()), g.root()), g));
        return out;
    }

    private static Map<Triple, Prediction> predictedByTriple(List<Prediction> predicted) {
        Map<Triple, Prediction> out = new LinkedHashMap<>();
        predicted.forEach(p -> out.putIfAbsent(new Triple(entity(p.source()), entity(p.target()), p.root()), p));
        return out;
    }

    private static String entity(String actor) {
        return actor == null ? null : Level.entity(actor);
    }

    private record Triple(String source, String target, String root) {
    }
}
