package org.vigil.store.analytics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say what a proposal is about (docs/analytics.md, "Initiatives"): the lower-cased letter runs of
 * a piece of the evidence, less function words, words that only say "a proposal" and the words naming the
 * actors, each reduced to its singular (missiles → missile, countries → country), in order of appearance.
 */
final class TopicWords {
    /** Topic words kept from after the trigger: the object noun phrase and what follows it closely. */
    static final int MAX_TOPIC = 6;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final Set<String> STOP = Set.copyOf(List.of(
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
            "without", "about", "against", "between", "into", "through", "during", "before", "after", "above",
            "below", "under", "over", "again", "further", "then", "once", "here", "there", "when", "where", "why",
            "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "not", "only",
            "own", "same", "so", "than", "too", "very", "can", "will", "just", "should", "would", "could", "may",
            "might", "must", "shall", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
            "having", "do", "does", "did", "doing", "it", "its", "this", "that", "these", "those", "he", "she", "they",
            "them", "his", "her", "their", "we", "our", "us", "you", "your", "i", "me", "my", "who", "whom", "which",
            "what", "as", "if", "while", "because", "until", "up", "down", "out", "off", "also", "among", "other",
            "things", "thing", "s", "said", "says", "say", "told", "according", "reported", "new", "similar", "like",
            "within", "across", "along", "amid", "upon", "via", "per", "whether", "either", "neither", "one", "two",
            "three", "several", "many", "much", "well", "even", "still", "yet", "already", "since", "ago", "year",
            "years", "week", "month", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "else", "cannot", "certain", "recent", "recently", "late", "later", "early",
            "earlier", "former", "latest", "last", "next", "first", "second", "another", "every", "ever", "never",
            "always", "often", "now", "soon", "around", "including", "include", "includes", "instead", "rather",
            "whose", "whatever", "etc", "despite", "although", "though", "however", "going", "don", "doesn", "didn", "isn",
            "wasn", "aren", "couldn", "wouldn", "shouldn", "someone", "anyone", "everyone", "nobody", "something", "anything",
            "everything", "nothing", "mr", "mrs", "ms", "dr"));

    /**
     * Common verbs that are never the thing proposed ("encouraged supporters to remain hopeful", "asked for the price
     * to be kept secret"): auxiliaries and irregular past forms; regular past forms are caught by their -ed.
     */
    private static final Set<String> VERBS = Set.copyOf(List.of(
            "remain", "remains", "ask", "asks", "want", "wants", "seek", "seeks", "sought", "try", "tries", "become",
            "becomes", "became", "come", "comes", "came", "go", "goes", "went", "gone", "get", "gets", "got", "gotten",
            "give", "gives", "gave", "given", "keep", "keeps", "kept", "bring", "brings", "brought", "think", "thinks",
            "thought", "know", "knows", "knew", "known", "see", "sees", "saw", "seen", "seem", "seems", "tell", "tells",
            "allow", "allows", "continue", "continues", "begin", "begins", "began", "begun", "let", "lets", "made",
            "took", "taken", "held", "left", "sent", "found", "won", "lost", "met", "paid", "sold", "built", "meant",
            "stood", "led", "fell", "felt", "done", "shown", "written", "chosen", "spoken", "broken", "spent", "set",
            "sets", "hope", "hopes", "need", "needs", "help", "helps", "show", "shows", "wrote", "spoke", "broke", "caught",
            "taught", "bought", "fought", "drew", "drawn", "grew", "grown", "threw", "thrown", "ran", "sat"));

    /** Words ending in -ed that are not verb forms. */
    private static final Set<String> NOT_PAST = Set.of("hundred", "united", "speed", "seed", "breed", "greed",
            "creed", "sacred", "kindred");

    /** Words ending in -ly that are not adverbs. */
    private static final Set<String> NOT_ADVERB = Set.of("italy", "family", "assembly", "supply", "ally", "rally",
            "july", "anomaly", "monopoly", "reply", "apply", "fly", "bully", "belly", "jelly", "poly", "holy", "sicily");

    /** Words that only say that something is proposed, appealed for or responded to. */
    private static final Set<String> GENERIC = Set.copyOf(List.of(
            "propose", "proposed", "proposes", "proposing", "proposal", "suggest", "suggested", "suggests",
            "suggesting", "suggestion", "initiative", "idea", "plan", "put", "puts", "forward", "call", "called",
            "calls", "calling", "urge", "urged", "urges", "appeal", "appealed", "appeals", "offer", "offered",
            "offers", "adopt", "adopting", "adopted", "establish", "establishing", "establishment", "use", "using",
            "make", "making", "take", "taking", "decision", "decide", "support", "supported", "supports", "backed",
            "back", "backs", "endorse", "endorsed", "welcome", "welcomed", "welcomes", "reject", "rejected",
            "rejects", "dismissed", "dismiss", "agree", "agreed", "agrees", "sign", "signed", "signs", "president",
            "minister", "government", "leader", "head", "state", "aimed", "aim", "belt"));

    /** Words that end in -s and are not plurals of a topic word ("arms race" is not about an arm). */
    private static final Set<String> UNCOUNTED = Set.of("arms", "news", "means", "series", "species", "politics",
            "economics", "affairs", "headquarters");

    private TopicWords() {
    }

    /**
     * The topic words of {@code text}, without the words of {@code actorTexts} and of {@code names} (lower-case
     * words naming states and organisations, capitalised words of people's names); at most {@code max}.
     */
    static List<String> of(String text, List<String> actorTexts, Set<String> names, int max) {
        Set<String> actors = new LinkedHashSet<>(names);
        for (String a : actorTexts) {
            if (a != null) {
                actors.addAll(words(a));
            }
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (out.size() >= max) {
                break;
            }
            String w = m.group().toLowerCase(Locale.ROOT);
            // a capitalised entry of names (a person's name) only matches the word written capitalised
            if (w.length() > 1 && !STOP.contains(w) && !GENERIC.contains(w) && !actors.contains(w)
                    && !names.contains(m.group()) && !verbOrAdverb(w)) {
                out.add(singular(w));
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The lower-case words of every state's names, adjectives, demonyms and capitals and of one-word organisation
     * names, and the capitalised words of the names of people in office, as written.
     */
    static Set<String> nameWords(org.vigil.core.dictionary.Dictionaries d) {
        Set<String> out = new java.util.HashSet<>();
        for (org.vigil.core.actors.Country c : d.countries()) {
            for (List<String> names : List.of(c.names(), c.adjectives(), c.demonyms(), c.capitals())) {
                names.forEach(n -> out.addAll(words(n)));
            }
        }
        for (org.vigil.core.actors.Organization o : d.organizations()) {
            // one-word names (NATO, CSTO, Hamas); longer names hold topic words ("Council of Europe")
            o.names().stream().filter(n -> !n.contains(" ")).forEach(n -> out.addAll(words(n)));
        }
        // people's names say who, not what ("joe · biden", "yasser · arafat" linked unrelated events); kept as
        // written, capitalised, so that Samantha Power's name leaves a "power grid" alone
        for (org.vigil.core.actors.OfficeTerm t : d.people()) {
            t.names().forEach(n -> {
                Matcher m = WORD.matcher(n);
                while (m.find()) {
                    if (Character.isUpperCase(m.group().charAt(0))) {
                        out.add(m.group());
                    }
                }
            });
        }
        // names that are also common topic words stay topic words
        out.removeAll(Set.of("security", "agreement", "treaty", "cooperation", "peace", "trade", "economic",
                "defence", "defense", "nuclear", "energy", "development", "health", "human", "rights"));
        return Set.copyOf(out);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Whether a word is a verb form or an adverb, which say how or that something is done, not what: a listed
     * verb, a regular past form (-ed: "conducted", "claimed") or an -ly adverb ("fully", "notably"). Gerunds stay
     * (a "bombing", "spending", "voting" is a topic).
     */
    static boolean verbOrAdverb(String w) {
        if (VERBS.contains(w)) {
            return true;
        }
        if (w.length() > 4 && w.endsWith("ed")) {
            return !NOT_PAST.contains(w);
        }
        return w.length() > 4 && w.endsWith("ly") && !NOT_ADVERB.contains(w);
    }

    /** A light plural stemmer: -ies → -y, -ches/-shes/-sses/-xes → drop -es, -s (not -ss, -us, -is) → drop. */
    static String singular(String w) {
        if (UNCOUNTED.contains(w)) {
            return w;
        }
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
