package org.vigil.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every request meets before a handler: security headers sent as HTTP headers (a {@code <meta>} CSP cannot
 * say {@code frame-ancestors}), the {@code Host} header checked against the bound address (so a rebound DNS name
 * cannot reach the local API), and a request body read with its limit held while streaming, chunked or not.
 */
final class HttpEdges {
    private static final Logger LOG = LoggerFactory.getLogger(HttpEdges.class);

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Set<String> allowedHosts;

    private HttpEdges(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    /**
     * The edges of a server bound to {@code boundHost} that also answers to the names in {@code alsoAllowed}
     * (lower case; a proxy's public name). A server bound to every address (0.0.0.0, ::) does not know its
     * public names, so there, unless names are given, the Host header is not checked.
     */
    static HttpEdges forBoundHost(String boundHost, Set<String> alsoAllowed) {
        String host = boundHost.toLowerCase(Locale.ROOT);
        if (isWildcard(host) && alsoAllowed.isEmpty()) {
            return new HttpEdges(null);
        }
        Set<String> names = new HashSet<>(alsoAllowed);
        names.add(host);
        if (isLoopback(host)) {
            names.addAll(List.of("localhost", "127.0.0.1", "[::1]"));
        }
        return new HttpEdges(Set.copyOf(names));
    }

    /** Headers on every answer, then the Host check (421 when it names another host). */
    void before(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        if (allowedHosts == null) {
            return;
        }
        String host = hostName(ctx.header("Host"));
        if (host == null || !allowedHosts.contains(host)) {
            LOG.warn("refused {} {}: Host header '{}' is not this server's", ctx.method(), ctx.path(), ctx.header("Host"));
            throw new ApiError(421, "Host header '" + ctx.header("Host") + "' does not name this server");
        }
    }

    /** The body as UTF-8, refused with 413 (and logged) as soon as it passes {@code limit} bytes. */
    static String boundedBody(Context ctx, long limit) {
        long declared = ctx.contentLength();
        if (declared > limit) {
            throw tooLarge(ctx, "declares " + declared + " bytes", limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                if (out.size() + (long) n > limit) {
                    throw tooLarge(ctx, "passed " + limit + " bytes while streaming", limit);
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body: " + e.getMessage(), e);
        }
    }

    private static ApiError tooLarge(Context ctx, String what, long limit) {
        LOG.warn("refused {} {} from {}: body {}", ctx.method(), ctx.path(), ctx.ip(), what);
        return new ApiError(413, "request body is larger than " + limit + " bytes");
    }

    /** The host part of a Host header, lower case, without its port; null when absent. */
    static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]") || host.isEmpty();
    }

    private static boolean isLoopback(String host) {
        try {
            return host.equals("localhost") || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
