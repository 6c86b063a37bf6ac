package org.vigil.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.coding.EventCoder;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Span;
import org.vigil.core.model.Token;
import org.vigil.core.parse.Parser;

/**
 * A tiny engine for CLI tests, with no CoreNLP: sentences end at '.', tokens are words, and the coder knows
 * two patterns: "X shelled Y" (194) and "X met Y" (036), where X and Y are country names it knows.
 * A sentence containing "BOOM" makes the coder throw.
 */
final class FakeEngine {
    static final CameoCode SHELL = new CameoCode("194", "Fight with artillery and tanks", -10, 4, "ASSAULT");
    static final CameoCode MEET = new CameoCode("036", "Express intent to meet or negotiate", 4, 1, "CONSULT");

    private FakeEngine() {
    }

    static Engine create() {
        return new Engine(new SentenceParser(), new PatternCoder(), null);
    }

    static final class SentenceParser implements Parser {
        private static final Pattern SENTENCE = Pattern.compile("[^.]+\\.?");
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

        @Override
        public ParsedDocument parse(org.vigil.core.model.Article article) {
            List<ParsedSentence> sentences = new ArrayList<>();
            Matcher s = SENTENCE.matcher(article.text());
            while (s.find()) {
                String text = s.group();
                int lead = text.length() - text.stripLeading().length();
                if (text.isBlank()) {
                    continue;
                }
                int begin = s.start() + lead;
                String stripped = text.strip();
                List<Token> tokens = new ArrayList<>();
                Matcher w = WORD.matcher(stripped);
                while (w.find()) {
                    tokens.add(new Token(tokens.size(), w.group(), w.group().toLowerCase(), "NN",
                            begin + w.start(), begin + w.end(), -1, "root"));
                }
                sentences.add(new ParsedSentence(sentences.size(), stripped, begin, begin + stripped.length(), tokens));
            }
            return new ParsedDocument(article, sentences);
        }
    }

    static final class PatternCoder implements EventCoder {
        private static final Pattern EVENT = Pattern.compile("(Russia|Ukraine|France|Germany) (shelled|met) (Russia|Ukraine|France|Germany)");

        @Override
        public List<Event> code(ParsedDocument document) {
            List<Event> out = new ArrayList<>();
            for (ParsedSentence sentence : document.sentences()) {
                if (sentence.text().contains("BOOM")) {
                    throw new IllegalStateException("boom in " + document.article().id());
                }
                Matcher m = EVENT.matcher(sentence.text());
                while (m.find()) {
                    int base = sentence.begin();
                    Actor source = new Actor(code(m.group(1)), m.group(2).equals("shelled") ? "MIL" : "GOV",
                            new Span(base + m.start(1), base + m.end(1), m.group(1)));
                    Actor target = new Actor(code(m.group(3)), null, new Span(base + m.start(3), base + m.end(3), m.group(3)));
                    CameoCode code = m.group(2).equals("shelled") ? SHELL : MEET;
                    out.add(new Event(document.article().id() + "#" + sentence.index() + "#" + m.start(),
                            document.article().id(), sentence.index(), document.article().date(), source, target, code,
                            new Span(base + m.start(2), base + m.end(2), m.group(2)), sentence.text(), 0.8, "fake-1"));
                }
            }
            return out;
        }

        private static String code(String name) {
            return switch (name) {
                case "Russia" -> "RUS";
                case "Ukraine" -> "UKR";
                case "France" -> "FRA";
                default -> "DEU";
            };
        }
    }
}
