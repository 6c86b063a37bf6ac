package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.eval.GoldEvent;
import org.vigil.core.eval.GoldItem;
import org.vigil.core.petrarch.PetrarchCode;

/**
 * A PETRARCH2 unit-test record ({@code expected_events}: source, target, event; {@code expect_error};
 * {@code date} as YYYYMMDD) as a gold item of GUIDELINES.md, read on the fly by {@link GoldReader}. Actor codes
 * become Vigil's ({@link PetrarchCode}); an actor PETRARCH makes up from a noun phrase ({@code "INJURY TOLL"}) is
 * {@code ---}. Records that test PETRARCH's input handling (an expected error or discard) and records expecting a
 * code outside CAMEO ({@code 174K}, WEIS's {@code 900}) or TABARI's discard code {@code ###} have no equivalent and are skipped with the reason.
 */
final class PetrarchGold {
    static final String FIELD = "expected_events";
    private static final String DISCARD = "###";
    /** The suite's verb dictionary still has WEIS codes (345, 900); records expecting them cannot be compared. */
    private static final CameoOntology CAMEO = Dictionaries.loadDefault().cameo();

    /** A record with no equivalent in Vigil's gold: a warning, not a bad line. */
    static final class Skipped extends Exception {
        Skipped(String reason) {
            super(reason);
        }
    }

    private PetrarchGold() {
    }

    static GoldItem item(JsonNode node) throws JsonLines.BadLine, Skipped {
        String id = JsonLines.requiredText(node, "id");
        String error = JsonLines.optionalText(node, "expect_error");
        if (error != null) {
            throw new Skipped("PETRARCH record " + id + " tests its input handling (" + error
                    + "), which Vigil does not share: skipped");
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonNode e : node.get(FIELD)) {
            String code = JsonLines.requiredText(e, "event");
            if (JsonLines.requiredText(e, "source").equals(DISCARD)) {
                throw new Skipped("PETRARCH record " + id + " expects TABARI's discard code ###: skipped");
            }
            if (CAMEO.find(code).isEmpty()) {
                throw new Skipped("PETRARCH record " + id + " expects '" + code + "', not a CAMEO code: skipped");
            }
            events.add(new GoldEvent(actor(JsonLines.requiredText(e, "source")),
                    actor(JsonLines.optionalText(e, "target")), code, null));
        }
        return new GoldItem(id, date(JsonLines.requiredText(node, "date")), JsonLines.requiredText(node, "text"),
                events);
    }

    private static String actor(String petrarch) throws JsonLines.BadLine {
        if (petrarch == null || petrarch.isBlank()) {
            return null;
        }
        if (petrarch.startsWith("\"")) {
            return "---";
        }
        try {
            return PetrarchCode.toVigil(petrarch);
        } catch (IllegalArgumentException e) {
            throw new JsonLines.BadLine(e.getMessage());
        }
    }

    private static LocalDate date(String yyyymmdd) throws JsonLines.BadLine {
        try {
            return LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new JsonLines.BadLine("date must be YYYYMMDD: '" + yyyymmdd + "'");
        }
    }
}
