package org.vigil.core.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.vigil.core.actors.Country;
import org.vigil.core.actors.Membership;
import org.vigil.core.actors.OfficeTerm;
import org.vigil.core.actors.Organization;
import org.vigil.core.actors.Place;
import org.vigil.core.actors.RoleNoun;
import org.vigil.core.cameo.AnnouncedActions;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.cameo.OtherDomains;
import org.vigil.core.verbs.TriggerLexicon;
import org.vigil.core.verbs.TriggerPattern;

/** Everything the coder knows, loaded once from the dictionary files (docs/dictionaries.md). Immutable. */
public record Dictionaries(CameoOntology cameo, List<Country> countries, List<Organization> organizations,
                           List<Membership> memberships, List<OfficeTerm> people, List<RoleNoun> roles,
                           List<Place> places, TriggerLexicon triggers, AnnouncedActions announced,
                           OtherDomains domains) {

    public Dictionaries {
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        memberships = List.copyOf(memberships);
        people = List.copyOf(people);
        roles = List.copyOf(roles);
        places = List.copyOf(places);
    }

    /** The dictionaries shipped in the jar, under {@code /dictionaries/}. */
    public static Dictionaries loadDefault() {
        return load(name -> {
            InputStream in = Dictionaries.class.getResourceAsStream("/dictionaries/" + name);
            if (in == null) {
                throw new DictionaryException(name, "missing from the classpath (/dictionaries/" + name + ")", null);
            }
            return in;
        });
    }

    /** Dictionaries from a folder holding the same file names. */
    public static Dictionaries load(Path folder) {
        return load(name -> open(folder, name));
    }

    /**
     * These dictionaries with a user's entries: added before the built-in ones (so that they win a tie), or, with
     * {@code replace}, instead of them. The CAMEO ontology, the announced-action rules and the other domains are
     * always the built-in ones; memberships are kept only for organisations that are still there.
     */
    public Dictionaries with(Additions user, boolean replace) {
        if (replace) {
            Set<String> ids = new HashSet<>();
            user.organizations().forEach(o -> ids.add(o.entity()));
            return new Dictionaries(cameo, user.countries(), user.organizations(),
                    memberships.stream().filter(m -> ids.contains(m.organization())).toList(), user.people(),
                    user.roles(), user.places(), new TriggerLexicon(user.verbs()), announced, domains);
        }
        return new Dictionaries(cameo, Additions.concat(user.countries(), countries),
                Additions.concat(user.organizations(), organizations), memberships,
                Additions.concat(user.people(), people), Additions.concat(user.roles(), roles),
                Additions.concat(user.places(), places),
                new TriggerLexicon(Additions.concat(user.verbs(), triggers.patterns())), announced, domains);
    }

    /**
     * The entry files of Vigil's format that a user's folder holds (countries, organizations, people, roles,
     * places, verbs; any may be absent), checked as strictly as the built-in ones.
     */
    public Additions readAdditions(Path folder) {
        return entries(name -> Files.isRegularFile(folder.resolve(name))
                ? read(n -> open(folder, n), name, COLUMNS.get(name)) : List.of(), cameo);
    }

    /** The entry files a user's folder may hold, with their column counts. */
    public static final Map<String, Integer> COLUMNS = Map.of("countries.tsv", 5, "organizations.tsv", 4,
            "people.tsv", 5, "roles.tsv", 3, "places.tsv", 3, "verbs.tsv", 4);

    private static InputStream open(Path folder, String name) {
        try {
            return Files.newInputStream(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(folder.resolve(name) + ": cannot be opened", e);
        }
    }

    private static Dictionaries load(Function<String, InputStream> open) {
        CameoOntology cameo = CameoOntology.fromLines(read(open, "cameo.tsv", 5));
        Additions entries = entries(name -> read(open, name, COLUMNS.get(name)), cameo);
        Set<String> organizationIds = new HashSet<>();
        entries.organizations().forEach(o -> organizationIds.add(o.entity()));
        List<Membership> memberships = read(open, "memberships.tsv", 5).stream()
                .map(line -> {
                    Membership m = Membership.fromLine(line);
                    if (!organizationIds.contains(m.organization())) {
                        throw line.error("organisation '" + m.organization() + "' is not in organizations.tsv");
                    }
                    return m;
                }).toList();
        return new Dictionaries(cameo, entries.countries(), entries.organizations(), memberships, entries.people(),
                entries.roles(), entries.places(), new TriggerLexicon(entries.verbs()),
                AnnouncedActions.fromLines(read(open, "future.tsv", 2), cameo),
                OtherDomains.fromLines(read(open, "domains.tsv", 3)));
    }

    /** The entry files ({@link #COLUMNS}) as records; {@code lines} gives each file's lines. */
    private static Additions entries(Function<String, List<TsvLine>> lines, CameoOntology cameo) {
        return new Additions(
                lines.apply("countries.tsv").stream().map(Country::fromLine).toList(),
                lines.apply("organizations.tsv").stream().map(Organization::fromLine).toList(),
                lines.apply("people.tsv").stream().map(OfficeTerm::fromLine).toList(),
                lines.apply("roles.tsv").stream().map(RoleNoun::fromLine).toList(),
                lines.apply("places.tsv").stream().map(Place::fromLine).toList(),
                lines.apply("verbs.tsv").stream().map(line -> TriggerPattern.fromLine(line, cameo)).toList());
    }

    private static List<TsvLine> read(Function<String, InputStream> open, String name, int columns) {
        try (InputStream in = open.apply(name)) {
            return TsvReader.read(name, in, columns);
        } catch (IOException e) {
            throw new DictionaryException(name, "cannot be read", e);
        }
    }
}
