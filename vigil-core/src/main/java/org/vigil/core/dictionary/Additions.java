package org.vigil.core.dictionary;

import java.util.ArrayList;
import java.util.List;
import org.vigil.core.actors.Country;
import org.vigil.core.actors.OfficeTerm;
import org.vigil.core.actors.Organization;
import org.vigil.core.actors.Place;
import org.vigil.core.actors.RoleNoun;
import org.vigil.core.verbs.TriggerPattern;

/**
 * Entries read from a user's folder of dictionaries (Vigil's own files or PETRARCH's), to add to the built-in
 * dictionaries or to replace them ({@link Dictionaries#with}). Immutable.
 */
public record Additions(List<Country> countries, List<Organization> organizations, List<OfficeTerm> people,
                        List<RoleNoun> roles, List<Place> places, List<TriggerPattern> verbs) {
    public static final Additions NONE = new Additions(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Additions {
        countries = List.copyOf(countries);
        organizations = List.copyOf(organizations);
        people = List.copyOf(people);
        roles = List.copyOf(roles);
        places = List.copyOf(places);
        verbs = List.copyOf(verbs);
    }

    /** These entries followed by {@code other}'s. */
    public Additions plus(Additions other) {
        return new Additions(concat(countries, other.countries), concat(organizations, other.organizations),
                concat(people, other.people), concat(roles, other.roles), concat(places, other.places),
                concat(verbs, other.verbs));
    }

    static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
