package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.vigil.core.eval.ArticleTriples;
import org.vigil.core.eval.Counts;
import org.vigil.core.eval.EvalReport;
import org.vigil.core.eval.GoldEvent;
import org.vigil.core.eval.ItemResult;
import org.vigil.core.eval.Level;
import org.vigil.core.eval.Match;
import org.vigil.core.eval.Prediction;

/** Prints an {@link EvalReport} for people; the last line is always {@code F1=0.xxx} (headline F1). */
final class ReportFormat {
    private final PrintWriter out;
    private final Function<String, String> rootName;

    /**
     * @param rootName the name of a CAMEO root code ("19" gives "Fight"), or null when unknown
     */
    ReportFormat(PrintWriter out, Function<String, String> rootName) {
        this.out = out;
        this.rootName = rootName;
    }

    /** For each item with a miss, a false positive or a partial match: the text and what went wrong. */
    void details(EvalReport report) {
        int shown = 0;
        for (ItemResult r : report.items()) {
            if (printItem(r)) {
                shown++;
            }
        }
        out.printf(Locale.ROOT, "%d of %d items with a miss, a false positive or a partial match%n%n",
                shown, report.items().size());
    }

    private boolean printItem(ItemResult r) {
        var misses = r.misses();
        var extras = r.falsePositives();
        boolean partial = r.matches(Level.ENTITY).stream().anyMatch(m -> !exact(m));
        if (misses.isEmpty() && extras.isEmpty() && !partial) {
            return false;
        }
        out.printf("-- %s%s%n", r.item().id(), r.item().date() == null ? "" : " (" + r.item().date() + ")");
        out.println("   " + r.item().text().replaceAll("\\s+", " ").strip());
        for (GoldEvent g : misses) {
            out.println("   MISS   " + g.describe());
        }
        for (Prediction p : extras) {
            out.println("   EXTRA  " + p.describe());
        }
        for (Match m : r.matches(Level.ENTITY)) {
            if (!exact(m)) {
                out.println("   ~" + String.format("%-6s", differences(m)) + m.gold().describe()
                        + "   got " + m.predicted().describe());
            }
        }
        out.println();
        return true;
    }

    private static boolean exact(Match m) {
        return Level.ROLES.matches(m.gold(), m.predicted()) && Level.FULL_CODE.matches(m.gold(), m.predicted());
    }

    private static String differences(Match m) {
        boolean roles = Level.ROLES.matches(m.gold(), m.predicted());
        boolean code = Level.FULL_CODE.matches(m.gold(), m.predicted());
        return !roles && !code ? "ROLE+CODE" : !roles ? "ROLE" : "CODE";
    }

    /** Whole articles: for each one with a missed or an extra triple, the misses with their quotes and the extras. */
    void articleDetails(EvalReport report) {
        for (ItemResult r : report.items()) {
            List<GoldEvent> missed = ArticleTriples.missed(r.item().events(), r.predicted());
            List<Prediction> extra = ArticleTriples.extra(r.item().events(), r.predicted());
            if (missed.isEmpty() && extra.isEmpty()) {
                continue;
            }
            out.printf("-- %s%s%n", r.item().id(), r.item().date() == null ? "" : " (" + r.item().date() + ")");
            for (GoldEvent g : missed) {
                out.println("   MISS   " + g.describe() + (g.quote() == null ? "" : "   \"" + g.quote() + "\""));
            }
            for (Prediction p : extra) {
                out.println("   EXTRA  " + p.describe() + (p.evidence() == null ? ""
                        : "   in: " + shorten(p.evidence().replaceAll("\\s+", " ").strip(), 160)));
            }
            out.println();
        }
    }

    /** Whole articles: distinct triples gold / predicted / matched, one line per article. */
    void perArticle(EvalReport report) {
        out.printf(Locale.ROOT, "%-28s %5s %5s %7s%n", "article (distinct triples)", "gold", "pred", "matched");
        for (ItemResult r : report.items()) {
            Counts c = r.counts(Level.ARTICLE);
            out.printf(Locale.ROOT, "%-28s %5d %5d %7d%n", r.item().id(), c.gold(), c.predicted(), c.matched());
        }
        out.println();
    }

    /** The summary: figures per level and the per-root and per-type tables, then {@code F1=}. */
    void summary(String goldName, EvalReport report, String timing) {
        int items = report.items().size();
        long withEvents = report.items().stream().filter(r -> !r.item().events().isEmpty()).count();
        out.printf(Locale.ROOT, "Vigil eval: %s%n", goldName);
        out.printf(Locale.ROOT, "%d items (%d with events, %d without)%s%n", items, withEvents, items - withEvents,
                timing == null ? "" : "; " + timing);
        long right = report.items().stream().filter(ReportFormat::fullyRight).count();
        out.printf(Locale.ROOT, "%d of %d items fully right (every gold event matched with its full code, "
                + "nothing extra)%n", right, items);
        if (report.hasCameo()) {
            out.printf(Locale.ROOT, "%nCAMEO: %d item(s); a match needs source and target entity and root%n", report.cameoItems());
            header();
            if (report.headlineLevel() == Level.ARTICLE) {
                row("article (headline)", report.counts(Level.ARTICLE));
                row("in place", report.counts(Level.IN_PLACE));
            }
            row(report.headlineLevel() == Level.ENTITY ? "entity (headline)" : "entity", report.counts(Level.ENTITY));
            row("with roles", report.counts(Level.ROLES));
            row("with full code", report.counts(Level.FULL_CODE));
            out.printf(Locale.ROOT, "%nBy CAMEO root (entity level)%n");
            table("root", report.perRoot(), key -> {
                String name = rootName.apply(key);
                return key + "  " + (name == null ? "" : shorten(name, 30));
            }, 34);
        }
        if (report.hasPlover()) {
            out.printf(Locale.ROOT, "%nPLOVER: %d item(s); a match needs source and target entity (* = any actor) "
                    + "and PLOVER type%n", report.ploverItems());
            header();
            row(report.headlineLevel() == Level.PLOVER ? "plover (headline)" : "plover", report.counts(Level.PLOVER));
            out.printf(Locale.ROOT, "%nBy PLOVER type%n");
            table("type", report.perPlover(), key -> key, 34);
        }
        out.printf(Locale.ROOT, "%nF1=%.3f%n", report.headline().f1());
        out.flush();
    }

    private static boolean fullyRight(ItemResult r) {
        Counts c = r.counts(Level.FULL_CODE);
        return c.matched() == c.gold() && c.matched() == c.predicted();
    }

    private void header() {
        out.printf(Locale.ROOT, "%-20s %6s %6s %6s %8s %6s %6s%n", "", "P", "R", "F1", "matched", "gold", "pred");
    }

    private void row(String label, Counts c) {
        out.printf(Locale.ROOT, "%-20s %6.3f %6.3f %6.3f %8d %6d %6d%n",
                label, c.precision(), c.recall(), c.f1(), c.matched(), c.gold(), c.predicted());
    }

    private void table(String keyHeading, Map<String, Counts> rows, Function<String, String> label, int width) {
        out.printf(Locale.ROOT, "%-" + width + "s %5s %5s %6s   %5s %6s%n", keyHeading, "gold", "found", "recall", "pred", "prec");
        rows.forEach((key, c) -> out.printf(Locale.ROOT, "%-" + width + "s %5d %5d %6s   %5d %6s%n",
                label.apply(key), c.gold(), c.matched(), c.gold() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.recall()),
                c.predicted(), c.predicted() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", c.precision())));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "~";
    }
}
