package org.vigil.ingest.source;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC files the way a crawler does: warcinfo, then a request and a response record per capture. */
final class TestWarcs {
    /** One capture: what was fetched, when, and what it answered. */
    record Capture(String url, Instant date, int status, String contentType, String body) {
        static Capture html(String url, Instant date, String body) {
            return new Capture(url, date, 200, "text/html; charset=UTF-8", body);
        }
    }

    private TestWarcs() {
    }

    static Path write(Path file, boolean gzip, List<Capture> captures) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            writer.write(new Warcinfo.Builder().filename(file.getFileName().toString())
                    .fields(java.util.Map.of("software", List.of("vigil-test"))).build());
            for (Capture c : captures) {
                URI uri = URI.create(c.url());
                WarcRequest request = new WarcRequest.Builder(uri).date(c.date())
                        .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost())
                                .build())
                        .build();
                HttpResponse http = new HttpResponse.Builder(c.status(), c.status() == 200 ? "OK" : "Other")
                        .body(MediaType.parse(c.contentType()), c.body().getBytes(StandardCharsets.UTF_8))
                        .build();
                WarcResponse response = new WarcResponse.Builder(uri).date(c.date()).body(http)
                        .concurrentTo(request.id()).build();
                writer.write(request);
                writer.write(response);
            }
        }
        return file;
    }

    static String page(String title, String published, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title).append("</title>");
        if (published != null) {
            b.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        }
        b.append("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article><footer>Contact us</footer></body></html>").toString();
    }
}
