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
 * The pipeline is built once; CoreNLP annotators are safe to share across threads.
 */
public final class CoreNlpParser implements Parser {
    /** Sentences are split at this many tokens: news sentences rarely reach it, run-on text must not stall. */
    static final int MAX_SENTENCE_TOKENS = 120;

    /** Tokenize, split, tag, lemmatise: cheap, run on every sentence. */
    private final StanfordCoreNLP shallow;
    /** The dependency parser: the costly stage, run only on the sentences a filter keeps. */
    private final DependencyParseAnnotator depparse;

    public CoreNlpParser() {
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
        Annotation annotation = new Annotation(Datelines.blank(article.text()));
        shallow.annotate(annotation);
        List<CoreMap> all = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> chosen = new ArrayList<>();
        boolean[] parsed = new boolean[all.size()];
        for (int i = 0; i < all.size(); i++) {
            parsed[i] = filter.needsParse(toSentence(i, all.get(i), article.text(), false));
            if (parsed[i]) {
                chosen.add(all.get(i));
            }
        }
        if (!chosen.isEmpty()) {
            Annotation subset = new Annotation(article.text());
            subset.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            depparse.annotate(subset);
        }
        List<ParsedSentence> sentences = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            sentences.add(toSentence(i, all.get(i), article.text(), parsed[i]));
        }
        return new ParsedDocument(article, sentences);
    }

    private static ParsedSentence toSentence(int index, CoreMap sentence, String text, boolean parsed) {
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
                    label.beginPosition(), label.endPosition(), heads[i], relations[i]));
        }
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new ParsedSentence(index, text.substring(begin, end), begin, end, tokens, parsed);
    }
}
