package org.vigil.core.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.core.actors.Country;
import org.vigil.core.actors.LongerNames;
import org.vigil.core.actors.OfficeTerm;
import org.vigil.core.actors.Organization;
import org.vigil.core.actors.Place;
import org.vigil.core.actors.StateReadings;
import org.vigil.core.actors.RoleNoun;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.ParsedSentence;
import org.vigil.core.model.Token;

/**
 * Finds the words of a sentence that name actors: names of people, organisations, states, capitals and places
 * (matched on the words as written), and agent nouns (matched on lemmas). Longest match wins. Thread-safe.
 */
final class MentionFinder {
    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "-language", "translation");
    /** What a name in the dictionaries stands for; a person's name has one entry per office term. */
    private record NameEntry(MentionKind kind, String entity, String role, OfficeTerm term, List<String> anaphors) {
    }

    private final PhraseTrie<NameEntry> names = new PhraseTrie<>();
    private final PhraseTrie<RoleNoun> roles = new PhraseTrie<>();
    private final Set<String> organizationAnaphors = new HashSet<>();

    MentionFinder(Dictionaries dictionaries) {
        for (OfficeTerm term : dictionaries.people()) {
            term.names().forEach(n -> addName(n,
                    new NameEntry(MentionKind.PERSON, term.entity(), term.role(), term, List.of())));
        }
        for (Organization org : dictionaries.organizations()) {
            org.names().forEach(n -> addName(n,
                    new NameEntry(MentionKind.ORGANIZATION, org.entity(), org.role(), null, org.anaphors())));
            organizationAnaphors.addAll(org.anaphors());
        }
        for (Country c : dictionaries.countries()) {
            c.names().forEach(n -> addName(n, entry(MentionKind.STATE, c.code(), null)));
            c.capitals().forEach(n -> addName(n, entry(MentionKind.CAPITAL, c.code(), "GOV")));
            c.adjectives().forEach(n -> addName(n, entry(MentionKind.ADJECTIVE, c.code(), null)));
            c.demonyms().forEach(n -> addName(n, entry(MentionKind.DEMONYM, c.code(), "CVL")));
        }
        for (Place p : dictionaries.places()) {
            p.names().forEach(n -> addName(n, entry(MentionKind.PLACE, p.country(), null)));
        }
        for (RoleNoun r : dictionaries.roles()) {
            roles.add(r.lemmas(), r);
        }
    }

    /**
     * A name under the words the tokenizer may split it into: as written, and with its hyphens as tokens of their
     * own ("Al-Qaeda" is Al / - / Qaeda, "Guinea-Bissau" Guinea / - / Bissau).
     */
    private void addName(String name, NameEntry entry) {
        List<String> written = words(name);
        names.add(written, entry);
        List<String> split = new ArrayList<>();
        for (String word : written) {
            split.addAll(hyphenated(word));
        }
        if (!split.equals(written)) {
            names.add(split, entry);
        }
    }

    private static List<String> hyphenated(String word) {
        if (word.length() < 3 || !word.substring(1, word.length() - 1).contains("-")) {
            return List.of(word);
        }
        List<String> out = new ArrayList<>();
        for (String part : word.split("-", -1)) {
            if (!out.isEmpty()) {
                out.add("-");
            }
            out.add(part);
        }
        return out.contains("") ? List.of(word) : out;
    }

    private static NameEntry entry(MentionKind kind, String entity, String role) {
        return new NameEntry(kind, entity, role, null, List.of());
    }

    /** A phrase as the tokenizer splits it: "Cox's Bazar" is Cox / 's / Bazar, "Belarus'" is Belarus / '. */
    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String word : phrase.trim().split(" +")) {
            int possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("\u2019s")) ? 2
                    : word.length() > 1 && (word.endsWith("'") || word.endsWith("\u2019")) ? 1 : 0;
            out.add(word.substring(0, word.length() - possessive));
            if (possessive > 0) {
                out.add(word.substring(word.length() - possessive));
            }
        }
        return out;
    }

    /**
     * "the accused": a participle the parser hangs from its article names people, as a noun would; it is matched
     * as written, since its lemma is the verb's.
     */
    private static boolean nominalised(ParsedSentence sentence, Token word) {
        Token governor = sentence.parent(word);
        return word.relation().equals("amod") && governor != null && governor.tag().equals("DT");
    }

    /**
     * "the Spanish language", "spoke in Arabic": a nationality adjective that names a language says nothing of
     * which state acts or where.
     */
    private static boolean isLanguage(ParsedSentence sentence, Mention m) {
        if (m.kind() != MentionKind.ADJECTIVE || m.first() != m.last()) {
            return false;
        }
        Token word = sentence.token(m.head());
        Token governor = sentence.parent(word);
        boolean ofLanguage = governor != null && LANGUAGE_NOUNS.contains(governor.lemma());
        boolean next = m.last() + 1 < sentence.size() && LANGUAGE_NOUNS.contains(sentence.token(m.last() + 1).lemma());
        boolean spokenIn = Syntax.isOblique(word) && Syntax.caseOf(sentence, word).equals("in");
        return ofLanguage || next || spokenIn;
    }

    /**
     * The mention with the entity the article gives its name ("Congo" in a story about Goma, "BNP" in one about
     * Dhaka), or none.
     */
    private static Optional<Mention> read(ParsedSentence sentence, Mention m, StateReadings readings) {
        if (m.kind() == MentionKind.PERSON) {
            return Optional.of(m);
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = m.first(); k <= m.last(); k++) {
            phrase.append(k == m.first() ? "" : " ").append(sentence.token(k).word());
        }
        if (!readings.reads(phrase.toString())) {
            return Optional.of(m);
        }
        return readings.entity(phrase.toString()).map(entity -> entity.equals(m.entity()) ? m
                : new Mention(m.kind(), m.first(), m.last(), m.head(), entity, m.role(), m.refersToPerson(),
                        m.anaphorLemmas()));
    }

    /** "Sudesh Amman", "Air France": a state's word inside a name the dictionaries do not know is not the state. */
    private boolean insideLongerName(ParsedSentence sentence, Mention m) {
        Set<MentionKind> stateWords = Set.of(MentionKind.STATE, MentionKind.CAPITAL, MentionKind.ADJECTIVE);
        List<Token> tokens = sentence.tokens();
        return stateWords.contains(m.kind()) && LongerNames.inside(sentence, m.first(), m.last(),
                k -> names.longest(k, tokens.size(), j -> tokens.get(j).word()) != null
                        || roles.longest(k, tokens.size(), j -> tokens.get(j).lemma()) != null);
    }

    List<Mention> find(ParsedSentence sentence, LocalDate date) {
        return find(sentence, date, StateReadings.NONE);
    }

    /** The mentions of a sentence; a state's name that several actors share is read as the article reads it. */
    List<Mention> find(ParsedSentence sentence, LocalDate date, StateReadings readings) {
        List<Mention> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            PhraseTrie.Match<NameEntry> name = names.longest(i, tokens.size(), k -> tokens.get(k).word());
            PhraseTrie.Match<RoleNoun> role = roles.longest(i, tokens.size(), k -> nominalised(sentence,
                    tokens.get(k)) ? tokens.get(k).word().toLowerCase(Locale.ROOT) : tokens.get(k).lemma());
            if (role != null && !tokens.get(i + role.length() - 1).isNoun()
                    && !nominalised(sentence, tokens.get(i + role.length() - 1))) {
                role = null;
            }
            if (name != null && (role == null || name.length() >= role.length())) {
                Mention m = nameMention(sentence, i, name, date);
                if (!isLanguage(sentence, m) && !insideLongerName(sentence, m)) {
                    read(sentence, m, readings).ifPresent(found::add);
                }
                i += name.length();
            } else if (role != null) {
                RoleNoun noun = role.values().get(0);
                int last = i + role.length() - 1;
                found.add(new Mention(MentionKind.ROLE, i, last, head(sentence, i, last), null, noun.role(),
                        noun.refersToPerson(), List.of()));
                i += role.length();
            } else {
                Token t = tokens.get(i);
                if (t.isNoun() && organizationAnaphors.contains(t.lemma()) && i > 0
                        && tokens.get(i - 1).lemma().equals("the")) {
                    found.add(new Mention(MentionKind.ORGANIZATION_ANAPHOR, i, i, i, null, null, false,
                            List.of(t.lemma())));
                }
                hyphenatedState(t).ifPresent(found::add);
                i++;
            }
        }
        return found;
    }

    /** "British-flagged", "U.S.-backed", "Russian-made": the state before the hyphen owns the thing. */
    private Optional<Mention> hyphenatedState(Token t) {
        int hyphen = t.word().indexOf('-');
        if (hyphen <= 0) {
            return Optional.empty();
        }
        String prefix = t.word().substring(0, hyphen);
        PhraseTrie.Match<NameEntry> match = names.longest(0, 1, k -> prefix);
        return Optional.ofNullable(match).flatMap(m -> m.values().stream()
                .filter(e -> e.kind() == MentionKind.ADJECTIVE || e.kind() == MentionKind.STATE).findFirst())
                .map(e -> new Mention(MentionKind.ADJECTIVE, t.index(), t.index(), t.index(), e.entity(), null,
                        false, List.of()));
    }

    private Mention nameMention(ParsedSentence sentence, int first, PhraseTrie.Match<NameEntry> match, LocalDate date) {
        int last = first + match.length() - 1;
        int head = head(sentence, first, last);
        NameEntry chosen = choose(match.values(), sentence.token(head));
        String entity = chosen.entity();
        String role = chosen.role();
        if (chosen.kind() == MentionKind.PERSON) {
            OfficeTerm term = termOn(match.values(), date);
            entity = term.entity();
            role = date == null || term.holdsOn(date) ? term.role() : null;
        }
        return new Mention(chosen.kind(), first, last, head, entity, role, chosen.kind() == MentionKind.PERSON,
                chosen.anaphors());
    }

    /** Among the meanings of one phrase, people and organisations first; a plural noun head makes a demonym. */
    private static NameEntry choose(List<NameEntry> entries, Token head) {
        // a people is plural ("Ukrainians rallied"); "Kyrgyz and Tajik border guards" is two adjectives
        boolean nounHead = (head.tag().equals("NNS") || head.tag().equals("NNPS"))
                && !head.relation().startsWith("amod") && !head.relation().startsWith("compound");
        MentionKind unwanted = nounHead ? MentionKind.ADJECTIVE : MentionKind.DEMONYM;
        List<NameEntry> preferred = entries.stream().filter(e -> e.kind() != unwanted).toList();
        return (preferred.isEmpty() ? entries : preferred).stream()
                .min(Comparator.comparing(NameEntry::kind)).orElseThrow();
    }

    /**
     * The office a person held on the date; when they held none, their nearest term (then only the bare entity
     * is used: a former or future official is not the government). No date: the latest term.
     */
    private static OfficeTerm termOn(List<NameEntry> entries, LocalDate date) {
        List<OfficeTerm> terms = entries.stream().filter(e -> e.term() != null).map(NameEntry::term).toList();
        if (date == null) {
            return terms.stream().max(Comparator.comparing(t -> t.to() == null ? LocalDate.MAX : t.to())).orElseThrow();
        }
        return terms.stream().filter(t -> t.holdsOn(date)).findFirst()
                .orElseGet(() -> terms.stream().min(Comparator.comparing(t -> distance(t, date))).orElseThrow());
    }

    private static long distance(OfficeTerm term, LocalDate date) {
        if (term.to() != null && term.to().isBefore(date)) {
            return date.toEpochDay() - term.to().toEpochDay();
        }
        return term.from() == null ? 0 : term.from().toEpochDay() - date.toEpochDay();
    }

    /** The syntactic head of tokens first..last: the one whose governor lies outside the span. */
    static int head(ParsedSentence sentence, int first, int last) {
        int head = last;
        for (int k = first; k <= last; k++) {
            int governor = sentence.token(k).head();
            if (governor < first || governor > last) {
                head = k;
            }
        }
        return head;
    }
}
