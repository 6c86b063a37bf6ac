package org.vigil.ingest.live;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real RSS feed on loopback (the JDK's HTTP server): items are published while it runs; it answers with an ETag
 * and a Last-Modified and gives 304 to a GET that carries the current one. {@code /broken.xml} always fails (500).
 */
public final class LoopbackFeed implements AutoCloseable {
    private final HttpServer server;
    private final List<String> items = new ArrayList<>();
    private final AtomicInteger notModified = new AtomicInteger();
    private final AtomicInteger broken = new AtomicInteger();
    private int version;

    private LoopbackFeed() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", this::feed);
        server.createContext("/broken.xml", this::broken);
        server.start();
    }

    public static LoopbackFeed start() throws IOException {
        return new LoopbackFeed();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml");
    }

    public URI brokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/broken.xml");
    }

    /** Publishes an item: the next GET sees it. */
    public synchronized void publish(String id, String title, String text, String pubDate) {
        items.add("<item><title>" + title + "</title><link>https://news.example.org/" + id + "</link>"
                + "<guid>https://news.example.org/" + id + "</guid><pubDate>" + pubDate + "</pubDate>"
                + "<description>" + text + "</description></item>");
        version++;
    }

    /** How many GETs were answered 304 (they carried the current validators). */
    public int notModified() {
        return notModified.get();
    }

    public int brokenRequests() {
        return broken.get();
    }

    private void feed(HttpExchange ex) throws IOException {
        String body;
        String etag;
        synchronized (this) {
            etag = "\"v" + version + "\"";
            body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Loopback News"
                    + "</title><link>https://news.example.org/</link><description>test</description>"
                    + String.join("", items) + "</channel></rss>";
        }
        String lastModified = "Tue, 05 Mar 2024 10:00:0" + Math.min(version, 9) + " GMT";
        ex.getResponseHeaders().add("ETag", etag);
        ex.getResponseHeaders().add("Last-Modified", lastModified);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            ex.sendResponseHeaders(304, -1);
            ex.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void broken(HttpExchange ex) throws IOException {
        broken.incrementAndGet();
        ex.sendResponseHeaders(500, -1);
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
