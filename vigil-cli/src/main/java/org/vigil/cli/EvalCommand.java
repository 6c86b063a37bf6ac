package org.vigil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.eval.EvalReport;
import org.vigil.core.eval.GoldItem;
import org.vigil.core.eval.ItemResult;
import org.vigil.core.eval.Prediction;
import org.vigil.core.eval.Scorer;
import org.vigil.core.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil eval GOLD.jsonl}: codes the gold items and prints the metric of GUIDELINES.md. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Code the items of a gold set and score the events against the gold: headline precision, recall and F1 "
                    + "(a match needs source entity, target entity and CAMEO root), the same with roles and with full "
                    + "codes, and recall per root. Gold events that carry a PLOVER type are scored at the PLOVER level.",
            "The last line is F1=0.xxx, the headline F1."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:scored", "1:a bad gold line, an empty or unreadable file, or an item that failed to code",
            "2:bad usage"})
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "Gold set in the format of GUIDELINES.md.")
    Path gold;

    @Option(names = {"-v", "--verbose"},
            description = "For each item, print the misses (gold not found), the false positives (predicted, not matched) "
                    + "and partial matches (right actors and root, wrong role or code), with the text.")
    boolean verbose;

    @Option(names = "--articles",
            description = "Score whole articles (GUIDELINES.md, \"Articles\"): the headline counts each article's distinct "
                    + "(source, target, root) triples; in place, a match must also come from the sentence holding the gold "
                    + "quote. Prints gold / predicted / matched per article; with --verbose, each missed triple's quote.")
    boolean articles;

    @Option(names = "--threads", paramLabel = "N", description = "Items parsed at once. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @CommandLine.Mixin
    DictionaryOptions dictionaries;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Engine.Factory engines;

    EvalCommand() {
        this(Engine::standard);
    }

    EvalCommand(Engine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        dictionaries.check(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        String name = gold.toString();
        Problems problems = new Problems(err);
        List<GoldItem> items;
        try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            items = GoldReader.read(reader, name, problems);
        } catch (NoSuchFileException e) {
            err.println(name + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println(name + ": cannot be read: " + e.getMessage());
            return 1;
        }
        if (items.isEmpty()) {
            err.println(name + ": " + (problems.any() ? "no usable gold item" : "empty, no gold items"));
            return 1;
        }

        Engine engine = dictionaries.engine(engines, spec.commandLine().getErr());
        Scorer scorer = articles ? Scorer.forArticles() : new Scorer();
        List<ItemResult> results = new ArrayList<>();
        long[] sentences = new long[1];
        long started = System.nanoTime();
        Ordered.map(items.iterator(), threads,
                item -> engine.code(new Article(item.id(), null, null, item.date(), item.text())),
                outcome -> {
                    List<Prediction> predicted = List.of();
                    if (outcome.error() != null) {
                        problems.report(name + ": item " + outcome.input().id(),
                                "coding failed: " + CodeCommand.describe(outcome.error()));
                    } else {
                        sentences[0] += outcome.result().sentences();
                        predicted = outcome.result().events().stream().map(Prediction::of).toList();
                    }
                    results.add(scorer.scoreItem(outcome.input(), predicted));
                });
        double seconds = (System.nanoTime() - started) / 1e9;
        EvalReport report = scorer.score(results);

        ReportFormat format = new ReportFormat(out, root -> engine.cameo() == null ? null
                : engine.cameo().find(root).map(CameoCode::name).orElse(null));
        if (verbose) {
            if (articles) {
                format.articleDetails(report);
            } else {
                format.details(report);
            }
        }
        String timing = String.format(Locale.ROOT, "%d sentences coded in %.1f s", sentences[0], seconds);
        if (articles) {
            format.perArticle(report);
        }
        format.summary(name, report, timing);
        return problems.any() ? 1 : 0;
    }
}
