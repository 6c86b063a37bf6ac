package org.vigil.store.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The initiative tracker (docs/analytics.md, "Initiatives"): proposals and appeals (CAMEO roots 02 and 03)
 * grouped by topic, each with the later support (05 but 057), rejection (12), agreement (057) and implementation
 * (06, 07, 08) events of the same actors that answer it.
 */
public final class Initiatives {
    /** Responses are looked for this many days after a proposal at most. */
    static final int MAX_DAYS = 365;
    /** Topic words a response (or another proposal of the same initiative) must share with a proposal. */
    static final int MIN_SHARED = 2;
    /** A response that only refers back ("rejected the proposal") is linked this many days after at most. */
    static final int ANAPHOR_DAYS = 90;
    /** Most recent proposals considered (a bound on the work per request). */
    static final int MAX_PROPOSALS = 2000;
    static final int MAX_RESPONSES = 20000;
    /** Most recent proposals and responses listed per initiative (the counts cover all). */
    static final int SHOWN = 20;

    /**
     * Roles of a state's domestic politics: their proposals to no one named are campaign and party business
     * (on the real corpora 36 of 250 proposals: a Green candidate "called for the decriminalization of drugs",
     * "the Democratic Party planned to hold its convention online"), not initiatives between parties.
     */
    private static final String DOMESTIC = "('PTY', 'OPP', 'LEG')";

    /** A noun that refers back to a proposal without repeating its words ("rejected the initiative"). */
    private static final Pattern ANAPHOR = Pattern.compile(
            "\\b(proposals?|initiatives?|plans?|ideas?|offers?|suggestions?|proposed)\\b", Pattern.CASE_INSENSITIVE);

    /** A proposal or appeal and its topic words. */
    public record Proposal(EventView event, List<String> topicWords) {
        public Proposal {
            topicWords = List.copyOf(topicWords);
        }
    }

    /**
     * A response linked to a proposal.
     *
     * @param kind        {@code support}, {@code rejection} or {@code agreement}
     * @param sharedWords topic words of the proposal that the response's sentence shares (empty for a response
     *                    linked by reference: "rejected the proposal")
     */
    public record Response(String kind, String proposalId, List<String> sharedWords, EventView event) {
        public Response {
            sharedWords = List.copyOf(sharedWords);
        }
    }

    /** Counts of an initiative's proposals and responses by kind. */
    public record Counts(long proposals, long support, long rejection, long agreement, long implementation) {
    }

    /** One initiative: proposals on one topic and the responses to them. */
    public record Initiative(String key, List<String> words, List<String> proposers, String firstDate,
                             String lastDate, Counts counts, String status, List<Proposal> proposals,
                             List<Response> responses) {
        public Initiative {
            words = List.copyOf(words);
            proposers = List.copyOf(proposers);
            proposals = List.copyOf(proposals);
            responses = List.copyOf(responses);
        }
    }

    /** The statuses, strongest first, and {@code answered}: any but open. */
    public static final List<String> STATUSES = List.of("implemented", "agreed", "rejected", "supported", "open");
    static final String ANSWERED = "answered";

    /**
     * The initiatives of one status (all when null) up to the limit, and how many initiatives have each status:
     * on real news most are open, and the few answered ones must not hide behind the limit.
     */
    public record Tracker(Map<String, Long> statuses, List<Initiative> initiatives) {
        public Tracker {
            statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
            initiatives = List.copyOf(initiatives);
        }
    }

    private Initiatives() {
    }

    /** {@code status}: one of {@link #STATUSES}, {@code answered} (any but open), or null for all. */
    static Tracker find(Connection c, String actor, LocalDate from, LocalDate to, String status, int limit,
                        Set<String> names) throws SQLException {
        if (limit < 1 || limit > 200) {
            throw new BadParameterException("limit", "must be between 1 and 200: " + limit);
        }
        if (status != null && !status.equals(ANSWERED) && !STATUSES.contains(status)) {
            throw new BadParameterException("status", "must be answered or one of " + STATUSES + ": '" + status + "'");
        }
        // a proposal of a named state or organisation to another party (or to no one named): neither the unknown
        // actor "---" (a company, a fan club), nor a state's companies, civilians, media or refugees (on the real
        // corpora: software firms "offering value", "people asking about" a product), nor a government urging its
        // own people is an initiative
        Sql where = new Sql().and("e.root IN ('02', '03') AND e.date IS NOT NULL AND e.source_entity <> '---'"
                + " AND (e.target_entity IS NULL OR e.target_entity <> e.source_entity)"
                + " AND coalesce(e.source_role, '') NOT IN " + Filters.NOT_FOR_A_STATE
                + " AND NOT (coalesce(e.source_role, '') IN " + DOMESTIC + " AND e.target_entity IS NULL)");
        if (actor != null) {
            where.and("e.source_entity = ? OR e.target_entity = ?", actor, actor);
        }
        Filters.dates(where, from, to);
        List<Object> params = where.params();
        params.add(MAX_PROPOSALS);
        List<EventView> events = new ArrayList<>(EventRows.query(c, "SELECT " + EventRows.COLUMNS
                + EventRows.FROM_FIRST_REPORT + where.where() + " ORDER BY e.date DESC, e.id DESC LIMIT ?", params));
        java.util.Collections.reverse(events);  // oldest first: a later proposal wins a tie when linking
        List<Proposal> proposals = new ArrayList<>();
        for (EventView e : events) {
            proposals.add(new Proposal(e, topic(e, names)));
        }
        List<List<Proposal>> groups = group(proposals);
        Map<String, Response> links = link(proposals, responses(c, proposals), names);
        List<Initiative> out = new ArrayList<>();
        for (List<Proposal> g : groups) {
            out.add(initiative(g, links));
        }
        out.sort(Comparator.comparing(Initiative::lastDate).reversed().thenComparing(Initiative::key));
        Map<String, Long> statuses = new LinkedHashMap<>();
        STATUSES.forEach(s -> statuses.put(s, 0L));
        out.forEach(i -> statuses.merge(i.status(), 1L, Long::sum));
        List<Initiative> shown = out.stream().filter(i -> status == null || i.status().equals(status)
                || status.equals(ANSWERED) && !i.status().equals("open")).limit(limit).toList();
        return new Tracker(statuses, shown);
    }

    /** The topic words: from the words after the trigger, less the actors' words and the names of states and organisations. */
    static List<String> topic(EventView e, Set<String> names) {
        EventView.Evidence ev = e.evidence();
        String text = ev.text();
        Integer end = ev.trigger().end();
        String after = end == null ? text : text.substring(Math.min(end, text.length()));
        List<String> actors = new ArrayList<>();
        actors.add(ev.source().text());
        if (ev.target() != null) {
            actors.add(ev.target().text());
        }
        List<String> words = TopicWords.of(after, actors, names, TopicWords.MAX_TOPIC);
        return words.isEmpty() ? TopicWords.of(text, actors, names, TopicWords.MAX_TOPIC) : words;
    }

    /**
     * A proposal joins the first initiative whose first proposal shares at least {@link #MIN_SHARED} of its topic
     * words (one, when either has only one), that names one of its parties, and whose latest proposal is at most
     * {@link #MAX_DAYS} before it; else it starts one. Not closed transitively: on real news a chain of pairs sharing
     * two words each ("talk · next", "next · week", "week · summit") joined unrelated proposals. Words alone are not
     * enough either: "end · violence" joined a Northern Irish paramilitary group's pledge of 2004, the Ivory Coast
     * president's appeal of the same month and a US president's call of 2020 into one initiative of four proposers.
     */
    static List<List<Proposal>> group(List<Proposal> proposals) {
        List<List<Proposal>> groups = new ArrayList<>();
        for (Proposal p : proposals) {
            List<Proposal> home = null;
            for (List<Proposal> g : groups) {
                if (sameTopic(g.get(0).topicWords(), p.topicWords()) && sharesAParty(g, p.event())
                        && ChronoUnit.DAYS.between(LocalDate.parse(g.get(g.size() - 1).event().date()),
                                LocalDate.parse(p.event().date())) <= MAX_DAYS) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(p);
        }
        return groups;
    }

    /** Whether the event's source or target is a named party (not {@code ---}) of one of the group's proposals. */
    private static boolean sharesAParty(List<Proposal> group, EventView e) {
        Set<String> parties = new HashSet<>();
        for (Proposal p : group) {
            parties.addAll(parties(p.event()));
        }
        return parties(e).stream().anyMatch(parties::contains);
    }

    private static List<String> parties(EventView e) {
        List<String> out = new ArrayList<>();
        out.add(e.source().entity());
        if (e.target() != null) {
            out.add(e.target().entity());
        }
        out.removeIf("---"::equals);
        return out;
    }

    static boolean sameTopic(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() >= Math.min(MIN_SHARED, Math.min(a.size(), b.size()));
    }

    /**
     * Candidate responses: support, rejection, agreement and implementation events involving a proposer or a
     * proposal's target, by anyone but a state's companies, civilians, media or refugees.
     */
    private static List<EventView> responses(Connection c, List<Proposal> proposals) throws SQLException {
        if (proposals.isEmpty()) {
            return List.of();
        }
        Set<String> entities = new LinkedHashSet<>();
        LocalDate first = null;
        for (Proposal p : proposals) {
            entities.add(p.event().source().entity());
            if (p.event().target() != null) {
                entities.add(p.event().target().entity());
            }
            LocalDate d = LocalDate.parse(p.event().date());
            first = first == null || d.isBefore(first) ? d : first;
        }
        entities.remove("---");
        if (entities.isEmpty()) {
            return List.of();
        }
        String list = String.join(",", entities);
        return EventRows.query(c, "SELECT " + EventRows.COLUMNS + EventRows.FROM_FIRST_REPORT
                + " WHERE e.root IN ('05', '06', '07', '08', '12') AND e.date IS NOT NULL AND e.date >= ?"
                // a state's companies, civilians, media and refugees answer no initiative either (on the real corpora:
                // IBM "sealed deals ... with two European companies" as an agreement to a US offer to the EU)
                + " AND coalesce(e.source_role, '') NOT IN " + Filters.NOT_FOR_A_STATE
                + " AND (list_contains(string_split(?, ','), e.source_entity)"
                + " OR list_contains(string_split(?, ','), e.target_entity))"
                + " ORDER BY e.date, e.id LIMIT ?", List.of(first, list, list, MAX_RESPONSES));
    }

    /** Each response linked to the proposal it answers best, by response id. */
    static Map<String, Response> link(List<Proposal> proposals, List<EventView> responses, Set<String> names) {
        Map<String, Response> out = new LinkedHashMap<>();
        Map<String, List<Integer>> byParty = new java.util.HashMap<>();
        for (int i = 0; i < proposals.size(); i++) {
            EventView p = proposals.get(i).event();
            byParty.computeIfAbsent(p.source().entity(), k -> new ArrayList<>()).add(i);
            if (p.target() != null && !p.target().entity().equals(p.source().entity())) {
                byParty.computeIfAbsent(p.target().entity(), k -> new ArrayList<>()).add(i);
            }
        }
        for (EventView r : responses) {
            java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>(byParty.getOrDefault(r.source().entity(), List.of()));
            if (r.target() != null) {
                candidates.addAll(byParty.getOrDefault(r.target().entity(), List.of()));
            }
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> actors = new ArrayList<>();
            actors.add(r.evidence().source().text());
            if (r.evidence().target() != null) {
                actors.add(r.evidence().target().text());
            }
            Set<String> words = new HashSet<>(TopicWords.of(r.evidence().text(), actors, names, Integer.MAX_VALUE));
            boolean anaphor = ANAPHOR.matcher(r.evidence().text()).find();
            Proposal best = null;
            List<String> bestShared = List.of();
            int bestScore = 0;
            for (int i : candidates) {
                Proposal p = proposals.get(i);
                if (p.event().id().equals(r.id()) || !answers(p.event(), r)) {
                    continue;
                }
                List<String> shared = p.topicWords().stream().filter(words::contains).toList();
                int score = shared.size() >= Math.min(MIN_SHARED, p.topicWords().size()) && !shared.isEmpty()
                        ? 10 * shared.size() : anaphor && !shared.isEmpty() && refersBack(p.event(), r) ? 1 : 0;
                // later proposals come later in the list: >= lets the most recent one win a tie
                if (score > 0 && score >= bestScore) {
                    best = p;
                    bestShared = shared;
                    bestScore = score;
                }
            }
            if (best != null) {
                out.put(r.id(), new Response(kind(r), best.event().id(), bestShared, r));
            }
        }
        return out;
    }

    /**
     * Whether r comes after p (within {@link #MAX_DAYS}) between the same actors: r involves p's proposer and,
     * when p has a target, r's other actor (if any) is that target; or r is p's target acting towards the
     * proposer or towards no one named.
     */
    private static boolean answers(EventView p, EventView r) {
        LocalDate pd = LocalDate.parse(p.date());
        LocalDate rd = LocalDate.parse(r.date());
        long days = ChronoUnit.DAYS.between(pd, rd);
        if (days < 0 || days > MAX_DAYS) {
            return false;
        }
        if (days == 0 && p.article().id().equals(r.article().id())
                && r.evidence().sentence() <= p.evidence().sentence()) {
            return false;
        }
        String proposer = p.source().entity();
        String addressee = p.target() == null || p.target().entity().equals("---") ? null : p.target().entity();
        String rs = r.source().entity();
        String rt = r.target() == null ? null : r.target().entity();
        if (rs.equals(rt)) {
            return false;  // a state acting on itself (its parties, its courts) answers no one's proposal
        }
        if (rs.equals(proposer) && (kind(r).equals("support") || kind(r).equals("rejection"))) {
            // a proposer neither supports nor rejects its own proposal: what it praises or rejects is another's
            // (on the real corpora: "Powell ... after rejecting a North Korean overture" is no answer to Powell's
            // call on North Korea to resume talks; Nepal rejecting the UN's offer of mediation, to Nepal's call)
            return false;
        }
        if (addressee != null && addressee.equals(rs) && (rt == null || rt.equals(proposer))) {
            return true;  // the addressee answers, to the proposer or to no one named
        }
        if (!proposer.equals(rs) && !proposer.equals(rt)) {
            return false;
        }
        String other = proposer.equals(rs) ? rt : rs;
        if (other == null) {
            // the proposer signing with no one named: an agreement needs the other party (on the real corpora,
            // "the party signed a two year deal for Brighton" answered Labour's plan for its next conference)
            return !kind(r).equals("agreement");
        }
        return addressee == null ? !other.equals("---") : other.equals(addressee);
    }

    /**
     * A reference by noun with fewer shared words than {@link #MIN_SHARED} links r only to a recent proposal of the
     * actor it is aimed at ("NATO rejected the Belarusian proposal on missiles").
     */
    private static boolean refersBack(EventView p, EventView r) {
        return r.target() != null && r.target().entity().equals(p.source().entity())
                && ChronoUnit.DAYS.between(LocalDate.parse(p.date()), LocalDate.parse(r.date())) <= ANAPHOR_DAYS;
    }

    /** The most recent {@link #SHOWN} of a list in date order. */
    private static <T> List<T> last(List<T> list) {
        return list.subList(Math.max(0, list.size() - SHOWN), list.size());
    }

    static String kind(EventView r) {
        if (r.cameo().startsWith("057")) {
            return "agreement";
        }
        return switch (r.root()) {
            case "12" -> "rejection";
            case "06", "07", "08" -> "implementation";
            default -> "support";
        };
    }

    private static Initiative initiative(List<Proposal> group, Map<String, Response> links) {
        Set<String> ids = new HashSet<>();
        Map<String, Integer> frequency = new LinkedHashMap<>();
        Set<String> proposers = new LinkedHashSet<>();
        String firstDate = null;
        String lastDate = null;
        for (Proposal p : group) {
            ids.add(p.event().id());
            p.topicWords().forEach(w -> frequency.merge(w, 1, Integer::sum));
            proposers.add(p.event().source().entity());
            firstDate = firstDate == null || p.event().date().compareTo(firstDate) < 0 ? p.event().date() : firstDate;
            lastDate = lastDate == null || p.event().date().compareTo(lastDate) > 0 ? p.event().date() : lastDate;
        }
        List<Response> responses = new ArrayList<>();
        long[] n = new long[4];
        Set<List<String>> acts = new HashSet<>();
        for (Response r : links.values()) {
            EventView e = r.event();
            // one sentence naming one actor's act once: "Belarus, Russia and ... signed" gives one agreement each
            List<String> act = List.of(e.article().id(), String.valueOf(e.evidence().sentence()), r.kind(),
                    e.source().entity());
            if (ids.contains(r.proposalId()) && acts.add(act)) {
                responses.add(r);
                n[switch (r.kind()) { case "support" -> 0; case "rejection" -> 1; case "agreement" -> 2; default -> 3; }]++;
                lastDate = r.event().date().compareTo(lastDate) > 0 ? r.event().date() : lastDate;
            }
        }
        List<String> words = new ArrayList<>(frequency.keySet());
        words.sort(Comparator.comparing((String w) -> -frequency.get(w)));  // stable: first appearance breaks ties
        words = words.subList(0, Math.min(8, words.size()));
        String key = words.isEmpty() ? group.get(0).event().id() : String.join("+", words.subList(0, Math.min(2, words.size())));
        String status = n[3] > 0 ? "implemented" : n[2] > 0 ? "agreed" : n[1] > n[0] ? "rejected"
                : n[0] > 0 ? "supported" : "open";
        return new Initiative(key, words, new ArrayList<>(proposers), firstDate, lastDate,
                new Counts(group.size(), n[0], n[1], n[2], n[3]), status, last(group), last(responses));
    }
}
