package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import org.vigil.core.model.Article;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;
import org.vigil.core.parse.Datelines;
import org.vigil.core.parse.Parser;
import org.vigil.core.parse.SentenceFilter;

/**
 * Stanford CoreNLP: tokenize, split, tag, lemmatise and parse into basic Universal Dependencies.
 * No NER: the coder finds actors with its own dictionaries, and NER would cost five times the parse.
 * The pipeline is built once; CoreNLP annotators are safe to share across threads. Long texts are annotated
 * in windows ({@link TextWindows}), the windows of one text on several threads; a sentence over
 * {@link #MAX_SENTENCE_TOKENS} tokens is kept with its tags but not parsed, and named in
 * {@link ParsedDocument#skipped()}.
 */
public final class CoreNlpParser implements Parser {
    /** Sentences are split at this many tokens: news sentences rarely reach it, run-on text must not stall. */
    static final int MAX_SENTENCE_TOKENS = 120;
    /**
     * Text is annotated this many characters at a time (cut at a paragraph or sentence end): a 2 MB article then
     * holds one window's annotations at once, not the whole text's.
     */
    static final int WINDOW_CHARS = 20_000;

    /** Tokenize, split, tag, lemmatise: cheap, run on every sentence. */
    private final StanfordCoreNLP shallow;
    /** The dependency parser: the costly stage, run only on the sentences a filter keeps. */
    private final DependencyParseAnnotator depparse;

    /** Characters annotated at a time. */
    private final int windowChars;
    /**
     * Parses the windows of one long text side by side, so that a long article alone uses every core; a text of
     * one window is parsed on the caller's thread. Its threads are daemons and end when idle.
     */
    private final ForkJoinPool windowPool;

    /** Windows of {@link #WINDOW_CHARS}, a long text's windows parsed on all cores. */
    public CoreNlpParser() {
        this(WINDOW_CHARS, Runtime.getRuntime().availableProcessors());
    }

    CoreNlpParser(int windowChars, int windowThreads) {
        this.windowChars = windowChars;
        this.windowPool = new ForkJoinPool(windowThreads);
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ssplit.maxSentenceLength", Integer.toString(MAX_SENTENCE_TOKENS));
        props.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        props.setProperty("threads", "1");
        this.shallow = new StanfordCoreNLP(props);
        this.depparse = new DependencyParseAnnotator(new Properties());
    }

    @Override
    public ParsedDocument parse(Article article) {
        return parse(article, SentenceFilter.ALL);
    }

    @Override
    public ParsedDocument parse(Article article, SentenceFilter filter) {
        String text = article.text();
        String blanked = Datelines.blank(text);
        List<TextWindows.Window> windows = TextWindows.of(blanked, windowChars);
        List<ParsedWindow> parts = windows.size() == 1
                ? List.of(parseWindow(text, blanked, windows.get(0), filter))
                : windowPool.submit(() -> windows.parallelStream()
                        .map(window -> parseWindow(text, blanked, window, filter)).toList()).join();
        List<ParsedSentence> sentences = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ParsedWindow part : parts) {
            part.appendTo(sentences, skipped);
        }
        return new ParsedDocument(article, sentences, skipped);
    }

    /**
     * One window's sentences (offsets in the whole text), numbered from 0 within the window, and its overlong
     * sentences as (number in the window, tokens): windows are parsed in any order, numbered once all are in.
     */
    private record ParsedWindow(List<ParsedSentence> sentences, List<int[]> overlong) {
        void appendTo(List<ParsedSentence> document, List<String> skipped) {
            int first = document.size();
            for (int[] sentence : overlong) {
                skipped.add("sentence " + (first + sentence[0]) + " not coded: " + sentence[1]
                        + " tokens, over the limit of " + MAX_SENTENCE_TOKENS);
            }
            for (ParsedSentence s : sentences) {
                document.add(new ParsedSentence(first + s.index(), s.text(), s.begin(), s.end(), s.tokens(),
                        s.parsed()));
            }
        }
    }

    /** Parses one window of the text; CoreNLP's annotations for the window are dropped when it returns. */
    private ParsedWindow parseWindow(String text, String blanked, TextWindows.Window window, SentenceFilter filter) {
        Annotation annotation = new Annotation(blanked.substring(window.begin(), window.end()));
        shallow.annotate(annotation);
        List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> chosen = new ArrayList<>();
        List<int[]> overlong = new ArrayList<>();
        boolean[] parsed = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            int tokens = all.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
            if (tokens > MAX_SENTENCE_TOKENS) {
                overlong.add(new int[] {i, tokens});
                continue;
            }
            parsed[i] = filter.needsParse(toSentence(i, all.get(i), text, window.begin(), false));
            if (parsed[i]) {
                chosen.add(all.get(i));
            }
        }
        if (!chosen.isEmpty()) {
            Annotation subset = new Annotation(annotation.get(CoreAnnotations.TextAnnotation.class));
            subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            depparse.annotate(subset);
        }
        List<ParsedSentence> sentences = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            sentences.add(toSentence(i, all.get(i), text, window.begin(), parsed[i]));
        }
        return new ParsedWindow(sentences, overlong);
    }

    /** A CoreNLP sentence as ours; {@code shift} is where its window starts in {@code text}. */
    private static ParsedSentence toSentence(int index, CoreMap sentence, String text, int shift, boolean parsed) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "dep");
        SemanticGraph graph = parsed ? sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)
                : null;
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                relations[root.index() - 1] = "root";
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                int dependent = edge.getDependent().index() - 1;
                heads[dependent] = edge.getGovernor().index() - 1;
                relations[dependent] = edge.getRelation().toString();
            }
        }
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            String lemma = label.lemma() == null ? label.word() : label.lemma();
            tokens.add(new Token(i, label.originalText(), lemma.toLowerCase(Locale.ROOT), label.tag(),
                    shift + label.beginPosition(), shift + label.endPosition(), heads[i], relations[i]));
        }
        int begin = shift + sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = shift + sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new ParsedSentence(index, text.substring(begin, end), begin, end, tokens, parsed);
    }
}
