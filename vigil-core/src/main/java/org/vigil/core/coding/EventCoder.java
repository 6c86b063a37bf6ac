package org.vigil.core.coding;

import java.util.List;
import org.vigil.core.model.Event;
import org.vigil.core.model.ParsedDocument;

/** Turns a parsed document into coded events. Pure and thread-safe: no I/O, no shared mutable state. */
public interface EventCoder {
    List<Event> code(ParsedDocument document);
}
