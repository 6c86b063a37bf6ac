package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigil.core.coding.CandidateFilter;
import org.vigil.core.coding.DependencyEventCoder;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.ParsedDocument;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;
import org.vigil.nlp.CoreNlpParser;

/**
 * {@code POST /api/articles} through the real engine (CoreNLP and the dependency coder) into a real store, and the
 * bearer token that guards it.
 */
class IngestApiTest {
    static final String TOKEN = "s3cret-token";
    /** Smaller than the defaults, so that the tests send little to pass them. */
    static final PostLimits LIMITS = new PostLimits(65_536, 16_384);

    @RegisterExtension
    static final RunningServer served = RunningServer.over(dir -> { }, IngestApiTest::withEngine);

    /** The real engine behind POST /api/articles: CoreNLP and the dependency coder, guarded by the token. */
    private static ServerConfig withEngine(ServerConfig config) {
        Dictionaries dictionaries = Dictionaries.loadDefault();
        CoreNlpParser parser = new CoreNlpParser();
        DependencyEventCoder coder = new DependencyEventCoder(dictionaries);
        CandidateFilter filter = new CandidateFilter(dictionaries);
        ArticleCoder engine = (article, origin) -> {
            ParsedDocument parsed = parser.parse(article, filter);
            return new CodedArticle(new StoredArticle(article, "api", "eng", origin, "coded"),
                    parsed.sentences().size(), coder.code(parsed));
        };
        return config.withIngest(TOKEN, engine).withDictionaries(dictionaries).withPostLimits(LIMITS);
    }

    static final String BODY = """
            {"id": "kharkiv-1", "title": "Shelling <script>alert(1)</script>", "date": "2024-03-12",
             "text": "Russian forces shelled the Ukrainian city of Kharkiv on Tuesday, killing three civilians."}""";

    @Test
    void post_withoutToken_is401() {
        Http.Answer a = served.http().post("/api/articles", BODY, null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.get("error").asText()).contains("bearer token");
    }

    @Test
    void post_withWrongToken_is401() {
        assertThat(served.http().post("/api/articles", BODY, "guess").status()).isEqualTo(401);
        assertThat(served.http().post("/api/articles", BODY, TOKEN + "x").status()).isEqualTo(401);
    }

    @Test
    void post_acceptsTheSchemeNameInAnyCase() {
        String body = BODY.replace("kharkiv-1", "kharkiv-lower-case-scheme");
        assertThat(served.http().postAuthorized("/api/articles", body, "bearer " + TOKEN).status()).isEqualTo(201);
        assertThat(served.http().postAuthorized("/api/articles", body, "BEARER " + TOKEN).status()).isEqualTo(200);
    }

    @Test
    void post_chunkedBodyOverTheLimit_is413WhileStreaming() {
        Http.Answer a = served.http().postChunked("/api/articles", LIMITS.bodyBytes() * 3, (byte) 'x',
                "Bearer " + TOKEN);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.get("error").asText()).contains("larger than " + LIMITS.bodyBytes() + " bytes");
    }

    @Test
    void post_textOverTheDocumentLimitInUtf8Bytes_is400AndStoresNothing() {
        long before = served.http().get("/api/health").get("articles").asLong();
        // fewer characters than the limit, more bytes: the limit counts UTF-8 bytes, as ingest's does
        String text = "ж".repeat((int) LIMITS.textBytes() / 2 + 1);
        Http.Answer a = served.http().post("/api/articles", "{\"text\": \"" + text + "\"}", TOKEN);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.get("error").asText()).contains("'text'", "too large", (LIMITS.textBytes() + 2) + " bytes",
                "limit of " + LIMITS.textBytes());
        assertThat(served.http().get("/api/health").get("articles").asLong()).isEqualTo(before);
    }

    @Test
    void post_badBody_is400NamingTheField() {
        assertBadPost("{\"title\": \"no text\"}", "text");
        assertBadPost("{\"text\": \"   \"}", "text");
        assertBadPost("{\"text\": \"Russia attacked.\", \"date\": \"tuesday\"}", "date");
        assertBadPost("{\"text\": 42}", "text");
        Http.Answer a = served.http().post("/api/articles", "not json", TOKEN);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.get("error").asText()).startsWith("body");
    }

    @Test
    void post_codesStoresAndReturnsEvents_thenReadsBack() {
        Http.Answer a = served.http().post("/api/articles", BODY, TOKEN);
        assertThat(a.status()).isIn(200, 201);  // 200 if another test method posted it first
        assertThat(a.get("article_id").asText()).isEqualTo("kharkiv-1");
        assertThat(a.get("status").asText()).isEqualTo("coded");
        JsonNode events = a.get("events");
        assertThat(events).isNotEmpty();
        JsonNode e = events.get(0);
        assertThat(e.get("source").get("entity").asText()).isEqualTo("RUS");
        assertThat(e.get("target").get("entity").asText()).isEqualTo("UKR");
        assertThat(e.get("root").asText()).isEqualTo("19");
        assertThat(e.get("date").asText()).isEqualTo("2024-03-12");
        String sentence = e.get("evidence").get("text").asText();
        JsonNode trigger = e.get("evidence").get("trigger");
        assertThat(sentence.substring(trigger.get("start").asInt(), trigger.get("end").asInt())).isEqualTo("shelled");

        Http.Answer again = served.http().post("/api/articles", BODY, TOKEN);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.get("stored").asBoolean()).isFalse();
        assertThat(again.get("events")).hasSize(events.size());

        Http.Answer article = served.http().get("/api/articles/kharkiv-1");
        assertThat(article.get("title").asText()).isEqualTo("Shelling <script>alert(1)</script>");
        assertThat(served.http().get("/api/events?q=kharkiv").get("total").asLong()).isEqualTo(events.size());
        assertThat(served.http().get("/api/health").get("ingest").asBoolean()).isTrue();
    }

    @Test
    void post_datesAnEventByItsSentence_unlessTheArticlesDateWasGiven() {
        Http.Answer told = served.http().post("/api/articles", "{\"id\": \"minsk-monday\", \"date\": \"2024-05-02\","
                + " \"text\": \"Belarusian police arrested dozens of protesters in Minsk on Monday.\"}", TOKEN);
        assertThat(told.status()).isIn(200, 201);
        JsonNode e = told.get("events").get(0);
        assertThat(e.get("date").asText()).isEqualTo("2024-04-29");
        assertThat(e.get("date_origin").asText()).isEqualTo("RELATIVE");
        assertThat(e.get("article").get("date").asText()).isEqualTo("2024-05-02");

        Http.Answer given = served.http().post("/api/articles", "{\"id\": \"moscow-monday\", \"date\": \"2024-05-02\","
                + " \"date_origin\": \"GIVEN\", \"text\": \"Russian police arrested dozens of protesters in Moscow on"
                + " Monday.\"}", TOKEN);
        assertThat(given.status()).isIn(200, 201);
        e = given.get("events").get(0);
        assertThat(e.get("date").asText()).as("a Monday counted from a given date is not known").isEqualTo("2024-05-02");
        assertThat(e.get("date_origin").asText()).isEqualTo("GIVEN");
    }

    @Test
    void post_badDateOrigin_is400NamingIt() {
        assertBadPost("{\"text\": \"Russia attacked.\", \"date_origin\": \"GIVEN\"}", "date_origin");
        assertBadPost("{\"text\": \"Russia attacked.\", \"date\": \"2024-05-02\", \"date_origin\": \"RELATIVE\"}",
                "date_origin");
    }

    @Test
    void post_withoutId_getsTheStableIdOfItsText() {
        Http.Answer a = served.http().post("/api/articles", "{\"text\": \"Protesters rallied in Minsk on Sunday.\"}", TOKEN);
        assertThat(a.status()).isIn(200, 201);
        assertThat(a.get("article_id").asText()).startsWith("t-");
        assertThat(served.http().get("/api/articles/" + a.get("article_id").asText()).status()).isEqualTo(200);
    }

    @Test
    void post_clearsTheCachedAnswers() {
        String path = "/api/events?q=vitebsk";
        assertThat(served.http().get(path).get("total").asLong()).isZero();
        assertThat(served.http().get(path).get("total").asLong()).isZero();  // now cached
        Http.Answer a = served.http().post("/api/articles", "{\"id\": \"vitebsk-1\", \"date\": \"2024-05-02\", \"text\":"
                + " \"Belarusian police arrested dozens of protesters in Vitebsk on Thursday.\"}", TOKEN);
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.get("events")).isNotEmpty();
        assertThat(served.http().get(path).get("total").asLong()).isEqualTo(a.get("events").size());
    }

    static void assertBadPost(String body, String parameter) {
        Http.Answer a = served.http().post("/api/articles", body, TOKEN);
        assertThat(a.status()).as(body).isEqualTo(400);
        assertThat(a.get("error").asText()).as(body).contains("'" + parameter + "'");
    }

}
