package org.vigil.core.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.vigil.core.actors.Country;
import org.vigil.core.actors.Membership;
import org.vigil.core.actors.OfficeTerm;
import org.vigil.core.actors.Organization;
import org.vigil.core.actors.Place;
import org.vigil.core.actors.RoleNoun;
import org.vigil.core.cameo.AnnouncedActions;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.verbs.TriggerLexicon;
import org.vigil.core.verbs.TriggerPattern;

/** Everything the coder knows, loaded once from the dictionary files (docs/dictionaries.md). Immutable. */
public record Dictionaries(CameoOntology cameo, List<Country> countries, List<Organization> organizations,
                           List<Membership> memberships, List<OfficeTerm> people, List<RoleNoun> roles,
                           List<Place> places, TriggerLexicon triggers, AnnouncedActions announced) {

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
        return load(name -> {
            try {
                return Files.newInputStream(folder.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(folder.resolve(name) + ": cannot be opened", e);
            }
        });
    }

    private static Dictionaries load(Function<String, InputStream> open) {
        CameoOntology cameo = CameoOntology.fromLines(read(open, "cameo.tsv", 5));
        List<Organization> organizations = read(open, "organizations.tsv", 4).stream()
                .map(Organization::fromLine).toList();
        java.util.Set<String> organizationIds = new java.util.HashSet<>();
        organizations.forEach(o -> organizationIds.add(o.entity()));
        List<Membership> memberships = read(open, "memberships.tsv", 5).stream()
                .map(line -> {
                    Membership m = Membership.fromLine(line);
                    if (!organizationIds.contains(m.organization())) {
                        throw line.error("organisation '" + m.organization() + "' is not in organizations.tsv");
                    }
                    return m;
                }).toList();
        return new Dictionaries(
                cameo,
                read(open, "countries.tsv", 5).stream().map(Country::fromLine).toList(),
                organizations,
                memberships,
                read(open, "people.tsv", 5).stream().map(OfficeTerm::fromLine).toList(),
                read(open, "roles.tsv", 3).stream().map(RoleNoun::fromLine).toList(),
                read(open, "places.tsv", 3).stream().map(Place::fromLine).toList(),
                new TriggerLexicon(read(open, "verbs.tsv", 4).stream()
                        .map(line -> TriggerPattern.fromLine(line, cameo)).toList()),
                AnnouncedActions.fromLines(read(open, "future.tsv", 2), cameo));
    }

    private static List<TsvLine> read(Function<String, InputStream> open, String name, int columns) {
        try (InputStream in = open.apply(name)) {
            return TsvReader.read(name, in, columns);
        } catch (IOException e) {
            throw new DictionaryException(name, "cannot be read", e);
        }
    }
}
