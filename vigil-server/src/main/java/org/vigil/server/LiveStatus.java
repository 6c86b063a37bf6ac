package org.vigil.server;

import java.util.Map;

/**
 * What the serving process is ingesting on its own (a watched folder, polled feeds), for {@code GET /api/status}:
 * named parts, each a value Jackson writes (maps, lists, records). Called on every request, from any thread.
 */
@FunctionalInterface
public interface LiveStatus {
    /** Nothing live: the server only serves (and takes {@code POST /api/articles} when it has a token). */
    LiveStatus NONE = Map::of;

    Map<String, Object> now();
}
