package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.core.eval.GoldEvent;
import org.vigil.core.eval.GoldItem;

/**
 * Reads gold items in the format of GUIDELINES.md: one JSON object per line with {@code id}, {@code date},
 * {@code text} and {@code events} ({@code source}, {@code target}, and {@code code} and/or {@code plover}; whole articles
 * add a {@code quote}).
 * Bad lines are reported as {@code FILE:LINE: reason} and skipped; a repeated id is a warning, not a loss.
 */
final class GoldReader {
    private GoldReader() {
    }

    static List<GoldItem> read(BufferedReader reader, String name, Problems problems) throws IOException {
        List<GoldItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                GoldItem item = item(line);
                if (!ids.add(item.id())) {
                    // Upstream sets do repeat ids for different sentences: score both, name the second apart.
                    String renamed = item.id() + "@" + lineNumber;
                    problems.warn(name + ":" + lineNumber, "duplicate id '" + item.id() + "', scored as '"
                            + renamed + "'");
                    item = new GoldItem(renamed, item.date(), item.text(), item.events());
                }
                items.add(item);
            } catch (JsonLines.BadLine e) {
                problems.report(name + ":" + lineNumber, e.getMessage());
            } catch (PetrarchGold.Skipped e) {
                problems.warn(name + ":" + lineNumber, e.getMessage());
            }
        }
        return items;
    }

    static GoldItem item(String line) throws JsonLines.BadLine, PetrarchGold.Skipped {
        JsonNode node = JsonLines.object(line);
        if (node.has(PetrarchGold.FIELD)) {
            return PetrarchGold.item(node);
        }
        String id = JsonLines.requiredText(node, "id");
        if (id.isBlank()) {
            throw new JsonLines.BadLine("missing id (it is blank)");
        }
        String text = JsonLines.requiredText(node, "text");
        LocalDate date = JsonLines.optionalDate(node, "date");
        JsonNode events = node.get("events");
        if (events == null || events.isNull()) {
            throw new JsonLines.BadLine("missing events (use [] for an item with none)");
        }
        if (!events.isArray()) {
            throw new JsonLines.BadLine("events must be an array");
        }
        List<GoldEvent> gold = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            gold.add(event(events.get(i), i + 1));
        }
        try {
            return new GoldItem(id, date, text, gold);
        } catch (IllegalArgumentException e) {
            throw new JsonLines.BadLine(e.getMessage());
        }
    }

    private static GoldEvent event(JsonNode node, int n) throws JsonLines.BadLine {
        String where = "event " + n + ": ";
        if (!node.isObject()) {
            throw new JsonLines.BadLine(where + "expected a JSON object");
        }
        try {
            String source = JsonLines.requiredText(node, "source");
            JsonNode code = node.get("code");
            if (code != null && code.isNumber()) {
                throw new JsonLines.BadLine("code must be a string (\"0863\", not 0863)");
            }
            return new GoldEvent(source, JsonLines.optionalText(node, "target"),
                    JsonLines.optionalText(node, "code"), JsonLines.optionalText(node, "plover"),
                    JsonLines.optionalText(node, "quote"));
        } catch (JsonLines.BadLine e) {
            throw new JsonLines.BadLine(where + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new JsonLines.BadLine(where + e.getMessage());
        }
    }
}
