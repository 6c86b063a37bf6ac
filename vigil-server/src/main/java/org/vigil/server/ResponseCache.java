package org.vigil.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers repeated GET requests from memory. Sound because the server is the store's only writer (DuckDB locks
 * the file against other processes) and every write goes through {@code POST /api/articles}, which clears the
 * cache. Bounded in entries and bytes, least recently used out first.
 */
final class ResponseCache {
    static final String BODY = "vigil.body";

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    ResponseCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The handler, answering from the cache when it can and filling it with the handler's 200 answers. */
    Handler around(Handler handler) {
        return ctx -> {
            String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
            byte[] hit = get(key);
            if (hit != null) {
                ctx.status(200).contentType("application/json; charset=utf-8").result(hit);
                return;
            }
            handler.handle(ctx);
            byte[] body = ctx.attribute(BODY);
            if (ctx.statusCode() == 200 && body != null) {
                put(key, body);
            }
        };
    }

    synchronized byte[] get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, byte[] body) {
        if (body.length > maxBytes / 4) {
            return;
        }
        byte[] old = entries.put(key, body);
        bytes += body.length - (old == null ? 0 : old.length);
        var it = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
            Map.Entry<String, byte[]> eldest = it.next();
            bytes -= eldest.getValue().length;
            it.remove();
        }
    }

    /** Forgets everything: the store changed. */
    synchronized void clear() {
        entries.clear();
        bytes = 0;
    }

    static void remember(Context ctx, byte[] body) {
        ctx.attribute(BODY, body);
    }
}
