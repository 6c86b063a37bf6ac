package org.vigil.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
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
import org.vigil.core.parse.Parser;

/**
 * Stanford CoreNLP: tokenize, split, tag, lemmatise and parse into basic Universal Dependencies.
 * No NER: the coder finds actors with its own dictionaries, and NER would cost five times the parse.
 * The pipeline is built once; CoreNLP annotators are safe to share across threads.
 */
public final class CoreNlpParser implements Parser {
    /** Sentences longer than this are tagged and parsed anyway but cut here: news sentences rarely reach it. */
    static final int MAX_SENTENCE_TOKENS = 120;

    private final StanfordCoreNLP pipeline;

    public CoreNlpParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ssplit.maxSentenceLength", Integer.toString(MAX_SENTENCE_TOKENS));
        props.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        props.setProperty("depparse.maxLength", Integer.toString(MAX_SENTENCE_TOKENS));
        props.setProperty("threads", "1");
        this.pipeline = new StanfordCoreNLP(props);
    }

    @Override
    public ParsedDocument parse(Article article) {
        Annotation annotation = new Annotation(article.text());
        pipeline.annotate(annotation);
        List<ParsedSentence> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(toSentence(sentences.size(), sentence, article.text()));
        }
        return new ParsedDocument(article, sentences);
    }

    private static ParsedSentence toSentence(int index, CoreMap sentence, String text) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "dep");
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
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
        return new ParsedSentence(index, text.substring(begin, end), begin, end, tokens);
    }
}
