package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigil.store.DuckDbEventStore;

/**
 * The HTTP API under attack, on a real server over a real store: every GET endpoint the OpenAPI document lists,
 * with hostile values in every one of its parameters. Each answer is a 2xx or a 4xx, never a 5xx, never SQL or a
 * stack trace, and the store is unchanged afterwards.
 */
class HttpUnderAttackIT {
    private static final String TOKEN = "attack-test-token";

    @RegisterExtension
    static final RunningServer served = RunningServer.over(dir -> {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.store(ApiTest.articles());
        }
    }, config -> config);

    private static final List<String> HOSTILE = List.of(
            "' OR '1'='1", "1; DROP TABLE events; --", "\" OR 1=1 --", "') UNION SELECT * FROM articles --",
            "%", "_", "\\", "RUS' --", "1e309", "-1", "1000000000", "9".repeat(40), "NaN", "null", "[]", "{}",
            "../../etc/passwd", "<script>alert(1)</script>", "\u0000", "RUS,,,UKR", ":", "2024-13-45",
            "0000-01-01", "x".repeat(5000));

    /** Words that only a leaked database error or stack trace would put in an answer. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(syntax error|parser error|binder error|catalog error|duckdb|sqlexception|java\\.|\\tat )");

    /** Every GET path of the API and its query parameters, from the server's own OpenAPI document. */
    private static Map<String, List<String>> endpoints() {
        JsonNode doc = served.http().get("/api/openapi.json").json();
        JsonNode shared = doc.path("components").path("parameters");
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null || path.getKey().contains("{")) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (JsonNode p : get.path("parameters")) {
                JsonNode param = p.has("$ref") ? shared.get(p.get("$ref").asText().replaceAll(".*/", "")) : p;
                if ("query".equals(param.path("in").asText())) {
                    names.add(param.get("name").asText());
                }
            }
            out.put(path.getKey(), names);
        }
        return out;
    }

    private static void assertRefusedOrAnswered(String request, Http.Answer a) {
        assertThat(a.status()).as(request).isBetween(200, 499);
        assertThat(a.status()).as(request).isNotIn(401, 403); // a read never asks for credentials
        assertThat(LEAK.matcher(a.body()).find()).as(request + " leaked: " + a.body()).isFalse();
        assertThat(a.headers().firstValue("Access-Control-Allow-Origin")).as(request).isEmpty();
    }

    private static String counts() {
        return served.http().get("/api/health").body().replaceAll("\"(uptime|time)[^,}]*", "");
    }

    @Test
    void hostileValuesInEveryQueryParameterOfEveryEndpointGetA4xxOrAnAnswerNeverA5xxOrSql() {
        String before = counts();
        Map<String, List<String>> endpoints = endpoints();
        assertThat(endpoints).containsKeys("/api/events", "/api/series", "/api/alerts");
        int requests = 0;
        for (Map.Entry<String, List<String>> endpoint : endpoints.entrySet()) {
            for (String parameter : endpoint.getValue()) {
                for (String value : HOSTILE) {
                    String request = endpoint.getKey() + "?" + parameter + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    assertRefusedOrAnswered(request, served.http().get(request));
                    requests++;
                }
            }
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void pathTraversalInStaticPathsAndPathParametersFindsNothingOutsideTheDashboard() {
        for (String path : List.of("/%2e%2e/%2e%2e/etc/passwd", "/..%2F..%2Fetc%2Fpasswd", "/js/..%2F..%2Fpom.xml",
                "/%2e%2e%2fvigil-openapi.json", "/api/articles/..%2F..%2Fetc%2Fpasswd",
                "/api/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/....//....//etc/passwd", "/static/../../etc/passwd")) {
            Http.Answer a = served.http().get(path);
            assertRefusedOrAnswered(path, a);
            assertThat(a.body()).as(path).doesNotContain("root:x:0:0", "<project");
        }
    }

    @Test
    void limitsOutOfRangeAndAHugeQueryStringAreRefused() {
        assertThat(served.http().get("/api/events?limit=-1").status()).isEqualTo(400);
        assertThat(served.http().get("/api/events?limit=1000000000").status()).isEqualTo(400);
        Http.Answer huge = served.http().get("/api/events?q=" + "a".repeat(100 * 1024));
        assertThat(huge.status()).isIn(400, 414, 431);
    }

    @Test
    void writesAreRefusedWhenIngestIsOffWhateverTheTokenAndWherever() {
        String body = "{\"text\":\"Russia shelled Kharkiv.\"}";
        assertThat(served.http().post("/api/articles", body, TOKEN).status()).isIn(401, 403, 404, 405);
        assertThat(served.http().post("/api/articles?token=" + TOKEN, body, null).status()).isIn(401, 403, 404, 405);
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            assertThat(served.http().method(method, "/api/events").status()).as(method).isIn(404, 405);
        }
    }
}
