package org.vigil.store.analytics;

import java.util.Locale;

/**
 * The threat categories the project's seed names. Which events fall in each is data:
 * {@code /analytics/threat_categories.tsv} (docs/analytics.md, "Threat categories").
 */
public enum ThreatCategory {
    ARMED_CONFLICT("Armed conflict", "Fighting with conventional or mass violence, assaults by armed forces or rebels."),
    MILITARY_POSTURE("Military posture and arms control",
            "Alerts, mobilisation, threats of force, military cooperation and aid, de-escalation, missiles and arms races."),
    PROTEST_UNREST("Protest and unrest", "Demonstrations, strikes, riots and threats of them."),
    TERRORISM("Terrorism", "Bombings, hostage taking, assassinations, violence by insurgent and terrorist groups."),
    REPRESSION("Repression", "Arrests, restrictions on political freedoms, states of emergency, violent repression."),
    MIGRATION_REFUGEES("Migration and refugees", "Refugees and migrants as actors, expulsions, asylum."),
    SMUGGLING_CRIME("Smuggling and crime", "Smuggling, trafficking, organised crime, corruption charges."),
    INFORMATION_CYBER("Information and cyber", "Cyber attacks, hacking, disinformation, espionage, information security.");

    private final String label;
    private final String description;

    ThreatCategory(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The key used in the API and in the data file: {@code armed_conflict}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** The category with this key, or a {@link BadParameterException} naming {@code parameter}. */
    public static ThreatCategory parse(String parameter, String key) {
        for (ThreatCategory c : values()) {
            if (c.key().equalsIgnoreCase(key.trim())) {
                return c;
            }
        }
        throw new BadParameterException(parameter, "must be a threat category key (armed_conflict, military_posture,"
                + " protest_unrest, terrorism, repression, migration_refugees, smuggling_crime, information_cyber): '"
                + key + "'");
    }
}
