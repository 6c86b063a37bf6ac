package org.vigil.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.vigil.core.cameo.CameoCode;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Event;
import org.vigil.core.model.Span;
import org.vigil.core.source.DateOrigin;

/**
 * The JSON form of an event, one object per line: the output contract of {@code vigil code}
 * (issue 2, section 6). Offsets ({@code start}, {@code end}) are character offsets in the document text.
 */
final class EventJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventJson() {
    }

    /**
     * The event with its article's publication date and the origin of its own date: RELATIVE, RELATIVE_WEEK,
     * RELATIVE_MONTH or EXPLICIT when its sentence gives the day, week or month, else the article's.
     */
    static ObjectNode toJson(Event event, LocalDate articleDate, DateOrigin articleDateOrigin) {
        CameoCode code = event.code();
        ObjectNode o = NODES.objectNode();
        o.put("id", event.id());
        o.put("doc_id", event.articleId());
        o.put("sentence", event.sentenceIndex());
        o.put("date", event.date() == null ? null : event.date().toString());
        o.put("article_date", articleDate == null ? null : articleDate.toString());
        o.put("date_origin", (event.dateOrigin() != null ? event.dateOrigin() : articleDateOrigin).name());
        o.set("source", actor(event.source()));
        o.set("target", actor(event.target()));
        o.put("cameo", code.code());
        o.put("root", code.root());
        o.put("plover", code.plover());
        o.put("quad_class", code.quadClass());
        o.put("goldstein", code.goldstein());
        o.set("trigger", span(event.trigger()));
        o.put("evidence", event.evidence());
        o.put("confidence", event.confidence());
        o.put("location", event.location());
        o.put("coder_version", event.coderVersion());
        return o;
    }

    private static ObjectNode actor(Actor actor) {
        if (actor == null) {
            return null;
        }
        ObjectNode o = NODES.objectNode();
        o.put("code", actor.code());
        o.put("entity", actor.entity());
        o.put("role", actor.role());
        o.put("text", actor.span().text());
        o.put("start", actor.span().begin());
        o.put("end", actor.span().end());
        return o;
    }

    private static ObjectNode span(Span span) {
        ObjectNode o = NODES.objectNode();
        o.put("text", span.text());
        o.put("start", span.begin());
        o.put("end", span.end());
        return o;
    }
}
