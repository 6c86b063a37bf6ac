package org.vigil.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * HTTP GET with short timeouts: {@link #CONNECT_TIMEOUT} to connect, {@link #RESPONSE_TIMEOUT} for the answer
 * to begin. Redirects are followed; bodies over {@link Sources#MAX_FETCH_BYTES} are refused.
 */
final class Http {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(5);
    private static final String USER_AGENT = "Vigil/0.1 (event data; +https://github.com/vigil)";

    /**
     * A fetched resource: the URI it finally came from, its content type (may be empty), its body, and the
     * validators to send when asking for it again (null when the server gave none).
     */
    record Fetched(URI uri, String contentType, byte[] body, String etag, String lastModified) {
        /** The media type without parameters, lower case: "text/html". */
        String mediaType() {
            int semi = contentType.indexOf(';');
            return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        }

        /** The charset parameter of the content type, or null. */
        String charset() {
            for (String part : contentType.split(";")) {
                String p = part.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String c = p.substring(8).replace("\"", "").strip();
                    return c.isEmpty() ? null : c;
                }
            }
            return null;
        }
    }

    /** A fetch that did not give a usable body, with the reason as a user reads it. */
    static final class FetchFailure extends Exception {
        FetchFailure(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One client for the process: immutable configuration, shared connection pool. */
    private static final class Client {
        static final HttpClient INSTANCE = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    private Http() {
    }

    static Fetched get(URI uri) throws FetchFailure {
        return read(send(uri, null, null));
    }

    /**
     * A GET that carries the validators of an earlier answer ({@code If-None-Match}, {@code If-Modified-Since};
     * either may be null): null when the server says the resource has not changed (304).
     */
    static Fetched getIfChanged(URI uri, String etag, String lastModified) throws FetchFailure {
        HttpResponse<InputStream> response = send(uri, etag, lastModified);
        if (response.statusCode() == 304) {
            try {
                response.body().close();
            } catch (IOException e) {
                // a 304 has no body: nothing is lost
            }
            return null;
        }
        return read(response);
    }

    private static HttpResponse<InputStream> send(URI uri, String etag, String lastModified) throws FetchFailure {
        HttpRequest request;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(RESPONSE_TIMEOUT)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, "
                            + "application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
            if (etag != null) {
                b.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                b.header("If-Modified-Since", lastModified);
            }
            request = b.GET().build();
        } catch (IllegalArgumentException e) {
            throw new FetchFailure("not a valid URL: " + e.getMessage());
        }
        try {
            return Client.INSTANCE.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchFailure("URL did not answer: no connection within " + CONNECT_TIMEOUT.toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new FetchFailure("URL did not answer: no response within " + RESPONSE_TIMEOUT.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new FetchFailure("URL did not answer: " + connectReason(e, uri));
        } catch (SSLException e) {
            throw new FetchFailure("TLS handshake failed: " + message(e));
        } catch (IOException e) {
            throw new FetchFailure("URL did not answer: " + message(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure("interrupted while fetching");
        }
    }

    private static Fetched read(HttpResponse<InputStream> response) throws FetchFailure {
        try (InputStream body = response.body()) {
            if (response.statusCode() >= 400) {
                throw new FetchFailure("URL answered HTTP " + response.statusCode());
            }
            byte[] bytes = body.readNBytes((int) Sources.MAX_FETCH_BYTES + 1);
            if (bytes.length > Sources.MAX_FETCH_BYTES) {
                throw new FetchFailure("response too large (over " + TextBytes.megabytes(Sources.MAX_FETCH_BYTES)
                        + ")");
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new Fetched(response.uri(), type, bytes, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null));
        } catch (IOException e) {
            throw new FetchFailure("URL stopped answering: " + message(e));
        }
    }

    private static String connectReason(ConnectException e, URI uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
                return "unknown host " + uri.getHost();
            }
            if (cause.getMessage() != null && !cause.getMessage().isBlank()
                    && !(cause instanceof ClosedChannelException)) {
                return cause.getMessage().toLowerCase(Locale.ROOT);
            }
        }
        return "connection refused";
    }

    private static String message(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
