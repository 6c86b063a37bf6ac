package org.vigil.core.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.coding.ActorResolver.Resolved;

/**
 * People the article introduces by a title or a description beside a name the dictionaries do not know
 * ("Prime Minister Oleksiy Honcharuk", "Zalmay Khalilzad, a US peace envoy"), so that the story's later
 * "Honcharuk" or "Khalilzad" is the same actor. One instance per document; the latest introduction of a
 * name wins.
 */
final class IntroducedPeople {
    private final Map<String, Resolved> byName = new HashMap<>();

    /** Registers the full name and its last word (the surname news uses on later mentions). */
    void introduce(List<String> nameWords, Resolved actor) {
        if (nameWords.isEmpty()) {
            return;
        }
        byName.put(String.join(" ", nameWords), actor);
        byName.put(nameWords.get(nameWords.size() - 1), actor);
    }

    Optional<Resolved> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
