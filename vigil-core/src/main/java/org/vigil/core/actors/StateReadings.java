package org.vigil.core.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a state's name that several actors share stands for in one article, read from the other words of the
 * article (places, offices, the dateline; in any case, as datelines are in capitals): "Congo" is the DRC in a story
 * about Goma or Kinshasa, the Republic of the Congo in one about Brazzaville, and neither (not coded) when the story
 * names both or none; "Georgia" is the US state, not coded as a state actor, in a story about Atlanta or its
 * governor that names nothing of the Caucasus; "BNP" is the Bangladesh Nationalist Party in a story about
 * Bangladesh's politics (Dhaka, Khaleda Zia, the Awami League) or about Bangladesh and nothing of Britain, and the
 * British National Party otherwise (organizations.tsv gives it to Bangladesh).
 */
public final class StateReadings {
    public static final StateReadings NONE = new StateReadings(Map.of());

    private static final Pattern DRC = words("Kinshasa|DRC|DR Congo|Democratic Republic|Goma|Kivu|Ituri|Bukavu"
            + "|Lubumbashi|Kisangani|Tshisekedi|Kabila|Mobutu|Zaire|M23");
    private static final Pattern ROC = words("Brazzaville|Sassou|Nguesso|Pointe-Noire|Republic of (the )?Congo"
            + "|Congo Republic|Congo-Brazzaville");
    private static final Pattern US_STATE = words("Atlanta|Savannah|Fulton County|Peach State|Gov\\.|Brian Kemp"
            + "|Raffensperger|Georgia governor|governor of Georgia|Republican|Democrat|Alabama|Florida|Tennessee"
            + "|South Carolina|North Carolina|U\\.S\\. state");
    private static final Pattern CAUCASUS = words("Tbilisi|Abkhazia|Ossetia|Batumi|Kutaisi|Caucasus|Saakashvili"
            + "|Ivanishvili|Kobakhidze|Zourabichvili|Georgian Dream");
    private static final Pattern BANGLADESH_POLITICS = words("Dhaka|Dacca|Chittagong|Khaleda|Hasina|Awami"
            + "|Jatiya|Jamaat|Tarique Rahman|Bangladesh Nationalist Party");
    private static final Pattern BANGLADESH = words("Bangladesh");
    private static final Pattern BRITAIN = words("Britain|British|UK|England|London|Nick Griffin");

    /** Phrase as written -> the entity it stands for here, or empty: not coded. */
    private final Map<String, Optional<String>> readings;

    private StateReadings(Map<String, Optional<String>> readings) {
        this.readings = Map.copyOf(readings);
    }

    public static StateReadings of(String text) {
        Map<String, Optional<String>> readings = new HashMap<>();
        boolean drc = DRC.matcher(text).find();
        boolean roc = ROC.matcher(text).find();
        readings.put("Congo", drc == roc ? Optional.empty() : Optional.of(drc ? "COD" : "COG"));
        if (roc && !drc) {
            readings.put("Congolese", Optional.of("COG"));
        }
        if (US_STATE.matcher(text).find() && !CAUCASUS.matcher(text).find()) {
            readings.put("Georgia", Optional.empty());
            readings.put("Georgian", Optional.empty());
            readings.put("Georgians", Optional.empty());
        }
        boolean bangladesh = BANGLADESH_POLITICS.matcher(text).find()
                || (BANGLADESH.matcher(text).find() && !BRITAIN.matcher(text).find());
        readings.put("BNP", Optional.of(bangladesh ? "BGD" : "GBR"));
        return new StateReadings(readings);
    }

    /** Whether this article reads the phrase otherwise than the dictionaries do. */
    public boolean reads(String phrase) {
        return readings.containsKey(phrase);
    }

    /** The entity a phrase this article {@link #reads} stands for, or empty: not coded. */
    public Optional<String> entity(String phrase) {
        return readings.getOrDefault(phrase, Optional.empty());
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\w.])(" + alternatives + ")(?!\\w)", Pattern.CASE_INSENSITIVE);
    }
}
