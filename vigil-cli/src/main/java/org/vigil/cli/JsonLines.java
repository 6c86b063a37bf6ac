package org.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Helpers shared by the JSON Lines readers: strict parsing and field access with user-facing messages. */
final class JsonLines {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern DATE_PREFIX = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

    private JsonLines() {
    }

    /** A line that cannot be used, with the reason to report. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Parses one line into a JSON object. */
    static JsonNode object(String line) throws BadLine {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("expected a JSON object, found " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
        }
        return node;
    }

    /** A required string field; numbers are taken as their text (ids are sometimes numeric). */
    static String requiredText(JsonNode object, String field) throws BadLine {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            throw new BadLine("missing " + field);
        }
        if (!value.isTextual() && !value.isNumber()) {
            throw new BadLine(field + " must be a string, found " + value.getNodeType().toString().toLowerCase());
        }
        return value.asText();
    }

    /** An optional string field: null when absent, null or blank. */
    static String optionalText(JsonNode object, String field) throws BadLine {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadLine(field + " must be a string, found " + value.getNodeType().toString().toLowerCase());
        }
        return value.asText().isBlank() ? null : value.asText();
    }

    /** An optional date field: {@code YYYY-MM-DD}, or an ISO timestamp whose date part is taken. */
    static LocalDate optionalDate(JsonNode object, String field) throws BadLine {
        String text = optionalText(object, field);
        if (text == null) {
            return null;
        }
        return date(text.strip(), "bad " + field);
    }

    /** Parses {@code YYYY-MM-DD} (a timestamp's date part is taken); {@code what} starts the error message. */
    static LocalDate date(String text, String what) throws BadLine {
        if (!DATE_PREFIX.matcher(text).matches()) {
            throw new BadLine(what + " '" + text + "': expected YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new BadLine(what + " '" + text + "': no such day");
        }
    }
}
