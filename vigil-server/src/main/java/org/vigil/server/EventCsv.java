package org.vigil.server;

import java.util.ArrayList;
import java.util.List;
import org.vigil.store.analytics.EventView;

/**
 * Events as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, quote or line
 * break), one row per event with the columns of {@link #HEADER}. A field that a spreadsheet would read as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe: the text comes from the news.
 */
final class EventCsv {
    static final List<String> HEADER = List.of("id", "date", "source", "source_entity", "target", "target_entity",
            "cameo", "cameo_name", "quad_class", "goldstein", "confidence", "mentions", "categories", "location",
            "source_words", "trigger_words", "target_words", "sentence", "article_id", "article_title", "article_url",
            "article_date", "date_origin");

    private EventCsv() {
    }

    static String of(List<EventView> events) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (EventView e : events) {
            List<String> f = new ArrayList<>();
            f.add(e.id());
            f.add(e.date());
            f.add(e.source().code());
            f.add(e.source().entity());
            f.add(e.target() == null ? null : e.target().code());
            f.add(e.target() == null ? null : e.target().entity());
            f.add(e.cameo());
            f.add(e.cameoName());
            f.add(String.valueOf(e.quadClass()));
            f.add(String.valueOf(e.goldstein()));
            f.add(String.valueOf(e.confidence()));
            f.add(String.valueOf(e.mentions()));
            f.add(String.join(" ", e.categories()));
            f.add(e.location());
            EventView.Evidence ev = e.evidence();
            f.add(ev == null || ev.source() == null ? null : ev.source().text());
            f.add(ev == null || ev.trigger() == null ? null : ev.trigger().text());
            f.add(ev == null || ev.target() == null ? null : ev.target().text());
            f.add(ev == null ? null : ev.text());
            f.add(e.article() == null ? null : e.article().id());
            f.add(e.article() == null ? null : e.article().title());
            f.add(e.article() == null ? null : e.article().url());
            f.add(e.article() == null ? null : e.article().date());
            f.add(e.dateOrigin());
            row(out, f);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !isNumber(value) ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** A negative number (a Goldstein score) is data, not a formula. */
    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }
}
