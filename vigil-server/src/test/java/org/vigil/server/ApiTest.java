package org.vigil.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.vigil.core.store.CodedArticle;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.testkit.Fixture;

/** Every read endpoint against a real server on a random port over a real store filled with real events. */
class ApiTest {
    static final LocalDate MON = LocalDate.of(2024, 1, 1);

    @RegisterExtension
    static final RunningServer served = RunningServer.over(dir -> {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir)) {
            store.store(articles());
        }
    }, config -> config);

    /**
     * Russia-Ukraine in January 2024 (week 1: two strikes and a visit; week 3: an accusation), NATO-CSTO in June
     * 2024, a Belarusian proposal with a response, and Armenia-Azerbaijan: eight calm weeks then a week of fighting
     * in March 2024.
     */
    static List<CodedArticle> articles() {
        List<Fixture> f = new ArrayList<>();
        f.add(Fixture.article("w1", MON.plusDays(1), "Strikes on <b>Kharkiv</b>")
                .says("Russian forces shelled Kharkiv.", "RUS:MIL", "Russian forces", "shelled", "194", "UKR", "Kharkiv")
                .says("Russian jets bombed Odesa.", "RUS:MIL", "Russian jets", "bombed", "195", "UKR", "Odesa")
                .says("Russia's foreign minister visited Kyiv.", "RUS:GOV", "Russia", "visited", "042", "UKR:GOV", "Kyiv"));
        f.add(Fixture.article("w3", MON.plusDays(16))
                .says("Kyiv accused Moscow of war crimes.", "UKR:GOV", "Kyiv", "accused", "112", "RUS:GOV", "Moscow"));
        f.add(Fixture.article("june", LocalDate.of(2024, 6, 3))
                .says("American officials threatened Russia with new measures.", "USA:GOV", "American officials",
                        "threatened", "130", "RUS", "Russia")
                .says("Belarus criticised Poland over the border.", "BLR", "Belarus", "criticised", "111", "POL", "Poland")
                .says("NATO condemned the CSTO exercises.", "NATO", "NATO", "condemned", "111", "CSTO", "CSTO")
                .says("Ukrainian forces shelled Belgorod.", "UKR:MIL", "Ukrainian forces", "shelled", "194", "RUS",
                        "Belgorod"));
        f.add(Fixture.article("p1", LocalDate.of(2024, 2, 5))
                .says("Belarus proposed a declaration against placing medium-range missiles in Europe.", "BLR",
                        "Belarus", "proposed", "030", null, null));
        f.add(Fixture.article("p2", LocalDate.of(2024, 2, 20))
                .says("Russia praised Belarus for its declaration on medium-range missiles.", "RUS", "Russia",
                        "praised", "051", "BLR", "Belarus"));
        LocalDate calm = LocalDate.of(2024, 3, 4);
        for (int w = 0; w < 8; w++) {
            f.add(Fixture.article("calm" + w, calm.plusWeeks(w).plusDays(1))
                    .says("Armenian diplomats met Azerbaijani envoys.", "ARM:GOV", "Armenian diplomats", "met", "040",
                            "AZE:GOV", "Azerbaijani envoys")
                    .says("Armenia hosted a delegation from Azerbaijan.", "ARM", "Armenia", "hosted", "043", "AZE",
                            "Azerbaijan"));
        }
        f.add(Fixture.article("spike", calm.plusWeeks(8).plusDays(1))
                .says("Azerbaijani forces shelled Armenian villages.", "AZE:MIL", "Azerbaijani forces", "shelled", "194",
                        "ARM", "Armenian villages")
                .says("Armenian troops fired on Azerbaijani posts.", "ARM:MIL", "Armenian troops", "fired", "190",
                        "AZE:MIL", "Azerbaijani posts")
                .says("Azerbaijani drones struck Armenian positions.", "AZE:MIL", "Azerbaijani drones", "struck", "195",
                        "ARM:MIL", "Armenian positions")
                .says("Azerbaijan occupied Armenian heights.", "AZE", "Azerbaijan", "occupied", "192", "ARM",
                        "Armenian heights"));
        return f.stream().map(Fixture::build).toList();
    }

    // ---- health, openapi, errors ---------------------------------------------------------------------------

    @Test
    void health_reportsCountsAndIngestOff() {
        Http.Answer a = served.http().get("/api/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.get("status").asText()).isEqualTo("ok");
        assertThat(a.get("events").asLong()).isEqualTo(4 + 4 + 2 + 16 + 4);
        assertThat(a.get("undated_events").asLong()).isZero();
        assertThat(a.get("first_date").asText()).isEqualTo("2024-01-02");
        assertThat(a.get("ingest").asBoolean()).isFalse();
    }

    @Test
    void status_saysHowTheStoresEventsAreDated() {
        JsonNode dates = served.http().get("/api/status").get("event_dates");
        assertThat(dates.get("dated").asLong()).isEqualTo(4 + 4 + 2 + 16 + 4);
        assertThat(dates.get("undated").asLong()).isZero();
        assertThat(dates.get("by_origin").toString()).isEqualTo("{\"METADATA\":30}");
    }

    @Test
    void openapi_describesEveryEndpointOfTheDocs() throws IOException {
        Http.Answer a = served.http().get("/api/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.get("openapi").asText()).startsWith("3.");
        Path doc = Path.of("..", "docs", "api.md");
        List<String> documented = new ArrayList<>();
        Matcher m = Pattern.compile("^### `(GET|POST) (/api/[^`]+)`", Pattern.MULTILINE).matcher(Files.readString(doc));
        while (m.find()) {
            documented.add(m.group(1).toLowerCase() + " " + m.group(2));
        }
        assertThat(documented).hasSizeGreaterThan(12);
        for (String d : documented) {
            String[] parts = d.split(" ");
            assertThat(a.get("paths").has(parts[1])).as(d).isTrue();
            assertThat(a.get("paths").get(parts[1]).has(parts[0])).as(d).isTrue();
        }
    }

    @Test
    void unknownEndpoint_is404Json() {
        Http.Answer a = served.http().get("/api/nothing-here");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.get("error").asText()).contains("/api/nothing-here");
    }

    @Test
    void wrongMethod_is405Json() {
        Http.Answer a = served.http().method("DELETE", "/api/events");
        assertThat(a.status()).isEqualTo(405);
        assertThat(a.get("error").asText()).contains("DELETE");
    }

    @Test
    void post_withoutTokenConfigured_is404() {
        Http.Answer a = served.http().post("/api/articles", "{\"text\": \"Russia attacked Ukraine.\"}", "anything");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.get("error").asText()).contains("switched off");
    }

    @Test
    void dashboard_isServedAtTheRoot() {
        org.junit.jupiter.api.Assumptions.assumeTrue(VigilServer.class.getResource("/public/index.html") != null,
                "no dashboard in this build");
        Http.Answer a = served.http().get("/");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/html");
    }

    // ---- events ---------------------------------------------------------------------------------------------

    @Test
    void events_filtersAndPaging() {
        assertThat(served.http().get("/api/events").get("total").asLong()).isEqualTo(30);
        assertThat(served.http().get("/api/events?dyad=RUS,UKR").get("total").asLong()).isEqualTo(5);
        assertThat(served.http().get("/api/events?dyad=rus,ukr&direction=ba").get("total").asLong()).isEqualTo(2);
        assertThat(served.http().get("/api/events?actor=RUS:MIL").get("total").asLong()).isEqualTo(2);
        assertThat(served.http().get("/api/events?root=19").get("total").asLong()).isEqualTo(7);
        assertThat(served.http().get("/api/events?code=194").get("total").asLong()).isEqualTo(3);
        assertThat(served.http().get("/api/events?quad=1").get("total").asLong()).isEqualTo(1 + 1 + 1 + 16);
        assertThat(served.http().get("/api/events?category=armed_conflict").get("total").asLong()).isEqualTo(7);
        assertThat(served.http().get("/api/events?q=odesa").get("total").asLong()).isEqualTo(1);
        assertThat(served.http().get("/api/events?from=2024-01-01&to=2024-01-31").get("total").asLong()).isEqualTo(4);
        assertThat(served.http().get("/api/events?blocs=NATO,CSTO").get("total").asLong()).isEqualTo(3);
        // with partners, Ukraine (a NATO partner) sides with NATO: its January events with Russia count too
        assertThat(served.http().get("/api/events?blocs=NATO,CSTO&statuses=all").get("total").asLong()).isEqualTo(8);

        JsonNode all = served.http().get("/api/events?limit=500&sort=date_asc").json();
        JsonNode page = served.http().get("/api/events?limit=3&offset=3&sort=date_asc").json();
        assertThat(page.get("total").asLong()).isEqualTo(30);
        assertThat(page.get("limit").asInt()).isEqualTo(3);
        assertThat(page.get("offset").asInt()).isEqualTo(3);
        assertThat(page.get("events")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(page.get("events").get(i).get("id")).isEqualTo(all.get("events").get(3 + i).get("id"));
        }
        assertThat(all.get("events").get(0).get("date").asText()).isEqualTo("2024-01-02");
    }

    @Test
    void events_eventObject_hasTheDocumentedShape() {
        JsonNode e = served.http().get("/api/events?code=195&dyad=RUS,UKR").get("events").get(0);
        assertThat(e.get("source").get("code").asText()).isEqualTo("RUS:MIL");
        assertThat(e.get("target").get("role").isNull()).isTrue();
        assertThat(e.get("quad_class").asInt()).isEqualTo(4);
        assertThat(e.get("cameo_name").asText()).isEqualTo("Employ aerial weapons");
        assertThat(e.get("categories").get(0).asText()).isEqualTo("armed_conflict");
        assertThat(e.get("article").get("title").asText()).isEqualTo("Strikes on <b>Kharkiv</b>");  // unescaped
        JsonNode ev = e.get("evidence");
        String text = ev.get("text").asText();
        JsonNode trigger = ev.get("trigger");
        assertThat(text.substring(trigger.get("start").asInt(), trigger.get("end").asInt())).isEqualTo("bombed");
        assertThat(trigger.get("article_start").asInt()).isGreaterThan(trigger.get("start").asInt());
        assertThat(ev.get("target").get("text").asText()).isEqualTo("Odesa");
    }

    @Test
    void events_badParameters_are400NamingTheParameter() {
        assertBad("/api/events?limit=0", "limit");
        assertBad("/api/events?limit=501", "limit");
        assertBad("/api/events?offset=-1", "offset");
        assertBad("/api/events?offset=x", "offset");
        assertBad("/api/events?from=yesterday", "from");
        assertBad("/api/events?from=2024-02-01&to=2024-01-01", "from");
        assertBad("/api/events?dyad=RUS", "dyad");
        assertBad("/api/events?blocs=NATO,WARSAW", "blocs");
        assertBad("/api/events?root=190", "root");
        assertBad("/api/events?quad=7", "quad");
        assertBad("/api/events?category=war", "category");
        assertBad("/api/events?sort=random", "sort");
        assertBad("/api/events?direction=sideways", "direction");
        assertBad("/api/events?actor=R-U-S", "actor");
        assertBad("/api/events?location=U-K-R", "location");
        assertBad("/api/events?actor=QQQ", "actor");
        assertBad("/api/events?actor=QQQ:MIL", "actor");
        assertBad("/api/events?dyad=RUS,QQQ", "dyad");
    }

    // ---- series ---------------------------------------------------------------------------------------------

    @Test
    void series_weekly_handComputed() {
        JsonNode s = served.http().get("/api/series?a=RUS&b=UKR&interval=week&to=2024-01-21").json();
        assertThat(s.get("interval").asText()).isEqualTo("week");
        JsonNode b = s.get("buckets");
        assertThat(b).hasSize(3);
        assertThat(b.get(0).get("start").asText()).isEqualTo("2024-01-01");
        assertThat(b.get(0).get("events").asInt()).isEqualTo(3);
        assertThat(b.get(0).get("q4").asInt()).isEqualTo(2);
        assertThat(b.get(0).get("tension_raw").asDouble()).isCloseTo(0.6, within(1e-4));     // (2+1)/(3+2)
        assertThat(b.get(1).get("events").asInt()).isZero();
        assertThat(b.get(1).get("mean_goldstein").isNull()).isTrue();
        assertThat(b.get(1).get("tension").asDouble()).isCloseTo(0.6, within(1e-4));
        assertThat(b.get(2).get("tension").asDouble()).isCloseTo(4.0 / 6, within(1e-4));   // (3+1)/(4+2)
        assertThat(b.get(2).get("basis").asInt()).isEqualTo(4);
        assertThat(s.get("prior").asDouble()).isEqualTo(1.0);
        assertThat(s.get("window").asInt()).isEqualTo(3);

        JsonNode ab = served.http().get("/api/series?a=RUS&b=UKR&direction=ab&interval=month").json();
        assertThat(ab.get("totals").get("events").asInt()).isEqualTo(3);
    }

    @Test
    void series_badParameters_are400NamingTheParameter() {
        assertBad("/api/series?b=UKR", "a");
        assertBad("/api/series?a=RUS", "b");
        assertBad("/api/series?a=RUS&b=UKR&interval=year", "interval");
        assertBad("/api/series?a=RUS&b=UKR&direction=up", "direction");
        assertBad("/api/series?a=RUS&b=RUS", "b");
        // codes no dictionary and no stored event knows: an error, not an empty series that reads as calm
        assertBad("/api/series?a=XXX&b=YYY", "a");
        assertBad("/api/series?a=RUS&b=YYY", "b");
        assertThat(served.http().get("/api/series?a=RUS&b=YYY").get("error").asText())
                .contains("is not an entity the dictionaries or the stored events know").contains("'YYY'");
        assertBad("/api/series?a=RUS&b=UKR&interval=day&from=1900-01-01", "interval");
    }

    @Test
    void blocSeries_aggregatesMembersAndOrganisations() {
        JsonNode s = served.http().get("/api/blocs/series?a=NATO&b=CSTO&interval=month&from=2024-06-01&to=2024-06-30").json();
        assertThat(s.get("buckets")).hasSize(1);
        assertThat(s.get("buckets").get(0).get("events").asInt()).isEqualTo(3);  // USA->RUS, BLR->POL, NATO->CSTO
        assertThat(s.get("statuses").get(0).asText()).isEqualTo("member");
        assertThat(s.get("a_members").toString()).contains("\"USA\"");
        JsonNode all = served.http().get("/api/blocs/series?a=NATO&b=CSTO&interval=month&statuses=all").json();
        assertThat(all.get("totals").get("events").asInt()).isEqualTo(8);  // + Ukraine (a NATO partner) with Russia
        assertBad("/api/blocs/series?a=NATO&b=WARSAW", "b");
        assertBad("/api/blocs/series?a=NATO&b=CSTO&statuses=friends", "statuses");
        assertThat(served.http().get("/api/blocs").get("blocs").toString()).contains("\"NATO\"", "\"CSTO\"");
    }

    // ---- overview -------------------------------------------------------------------------------------------

    @Test
    void topDyadsBlocsAndMap() {
        JsonNode dyads = served.http().get("/api/dyads/top?limit=5").get("dyads");
        assertThat(dyads.get(0).get("a").asText()).isEqualTo("RUS");
        assertThat(dyads.get(0).get("b").asText()).isEqualTo("UKR");
        assertThat(dyads.get(0).get("tension").asDouble()).isCloseTo((4 + 1.0) / (5 + 2), within(1e-4));  // 4 of 5 conflict
        assertThat(dyads.toString()).contains("\"ARM\"");
        assertThat(served.http().get("/api/dyads/top?limit=5").get("internal").isArray()).isTrue();  // none in this store
        JsonNode pairs = served.http().get("/api/blocs/top?min_events=1").get("pairs");
        assertThat(pairs.toString()).contains("\"CSTO\"");
        JsonNode map = served.http().get("/api/map").json();
        assertThat(map.get("countries").get(0).get("intensity").asDouble()).isEqualTo(1.0);
        assertThat(map.get("countries").toString()).contains("\"Ukraine\"");
        assertBad("/api/dyads/top?limit=1000", "limit");
    }

    @Test
    void categories_andTheirSeries() {
        assertThat(served.http().get("/api/categories").get("categories")).hasSize(8);
        JsonNode s = served.http().get("/api/categories/series?interval=month&from=2024-01-01&to=2024-01-31").json();
        assertThat(s.get("buckets")).hasSize(1);
        assertThat(s.get("buckets").get(0).get("counts").get("armed_conflict").asInt()).isEqualTo(2);
        assertThat(s.get("buckets").get(0).get("events").asInt()).isEqualTo(4);
        assertBad("/api/categories/series?interval=hour", "interval");
    }

    @Test
    void counterparts_rankWhoAnActorDealsWithMost() {
        JsonNode r = served.http().get("/api/actors/rus/counterparts").json();
        assertThat(r.get("actor").asText()).isEqualTo("RUS");
        assertThat(r.get("counterparts")).extracting(p -> p.get("b").asText() + ":" + p.get("events").asInt())
                .containsExactly("UKR:5", "USA:1", "BLR:1");
        assertThat(served.http().get("/api/actors/RUS/counterparts?from=2024-06-01").get("counterparts"))
                .extracting(p -> p.get("b").asText()).containsExactly("UKR", "USA");
        assertBad("/api/actors/XXX/counterparts", "actor");
        assertBad("/api/actors/RUS/counterparts?limit=0", "limit");
    }

    @Test
    void exportEvents_givesEveryEventOfTheFilters_asCsvOrJson() {
        long total = served.http().get("/api/events?dyad=RUS,UKR&limit=1").get("total").asLong();
        Http.Answer csv = served.http().get("/api/events/export?dyad=RUS,UKR");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"vigil-events.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", EventCsv.HEADER));
        assertThat(lines).hasSize((int) total + 1);
        assertThat(csv.body()).contains("Russian forces shelled Kharkiv.").contains(",Strikes on <b>Kharkiv</b>,")
                .doesNotContain("Belarus");

        Http.Answer json = served.http().get("/api/events/export?format=json&dyad=RUS,UKR&from=2024-06-01");
        assertThat(json.get("events")).hasSize(json.get("total").asInt()).hasSize(1);
        assertBad("/api/events/export?format=xml", "format");
        assertBad("/api/events/export?actor=XXX", "actor");
    }

    @Test
    void searchArticles_findsTheArticlesHoldingEveryWord() {
        JsonNode r = served.http().get("/api/articles?q=Kharkiv%20shelled").json();
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode hit = r.get("articles").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("w1");
        assertThat(hit.get("events").asInt()).isEqualTo(3);
        assertThat(hit.get("snippet").asText()).contains("Russian forces shelled Kharkiv.");
        assertThat(served.http().get("/api/articles?q=Kharkiv&from=2024-02-01").get("total").asInt()).isZero();
        assertBad("/api/articles", "q");
        assertBad("/api/articles?q=x&limit=500", "limit");
    }

    // ---- initiatives, alerts, articles -------------------------------------------------------------------

    @Test
    void initiatives_linkTheResponse() {
        JsonNode list = served.http().get("/api/initiatives?actor=BLR").get("initiatives");
        assertThat(list).hasSize(1);
        JsonNode i = list.get(0);
        assertThat(i.get("proposers").get(0).asText()).isEqualTo("BLR");
        assertThat(i.get("status").asText()).isEqualTo("supported");
        assertThat(i.get("proposals").get(0).get("topic_words").toString()).contains("declaration", "missile");
        assertThat(i.get("proposals").get(0).get("evidence").get("text").asText()).startsWith("Belarus proposed");
        assertThat(i.get("responses").get(0).get("kind").asText()).isEqualTo("support");
        assertThat(i.get("responses").get(0).get("event").get("source").get("entity").asText()).isEqualTo("RUS");
        assertBad("/api/initiatives?limit=0", "limit");
    }

    @Test
    void alerts_reportTheConstructedSpike() {
        JsonNode r = served.http().get("/api/alerts?kind=dyad&interval=week").json();
        assertThat(r.get("rule").get("interval").asText()).isEqualTo("week");
        assertThat(r.get("rule").get("baseline_buckets").asInt()).isEqualTo(8);
        JsonNode alerts = r.get("alerts");
        assertThat(alerts).hasSize(1);
        JsonNode a = alerts.get(0);
        assertThat(a.get("a").asText() + "-" + a.get("b").asText()).isEqualTo("ARM-AZE");
        assertThat(a.get("start").asText()).isEqualTo("2024-04-29");
        assertThat(a.get("end").asText()).isEqualTo("2024-05-05");
        assertThat(a.get("baseline").get("scope").asText()).isEqualTo("pair");
        assertThat(a.get("events").asInt()).isEqualTo(4);
        assertThat(a.get("baseline").get("events").asInt()).isEqualTo(16);
        assertThat(a.get("p_value").asDouble()).isCloseTo(24.0 / (18 * 19 * 20 * 21), within(1e-9));
        assertThat(a.get("caused_by")).hasSize(4);
        assertBad("/api/alerts?p=abc", "p");
        assertBad("/api/alerts?p=2", "p");
        assertBad("/api/alerts?kind=x", "kind");
        assertBad("/api/alerts?min_events=0", "min_events");
        assertBad("/api/alerts?interval=day", "interval");
        // a few events a week: by default the alerts are looked for month by month
        assertThat(served.http().get("/api/alerts").json().get("rule").get("interval").asText()).isEqualTo("month");
    }

    @Test
    void article_withEventsAndSpans_or404() {
        Http.Answer a = served.http().get("/api/articles/w1");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.get("title").asText()).isEqualTo("Strikes on <b>Kharkiv</b>");
        assertThat(a.get("text").asText()).startsWith("Russian forces shelled Kharkiv.");
        assertThat(a.get("events")).hasSize(3);
        JsonNode source = a.get("events").get(1).get("evidence").get("source");
        assertThat(a.get("text").asText().substring(source.get("article_start").asInt(), source.get("article_end").asInt()))
                .isEqualTo("Russian jets");
        Http.Answer missing = served.http().get("/api/articles/no-such-article");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.get("error").asText()).contains("no-such-article");
    }

    static void assertBad(String path, String parameter) {
        Http.Answer a = served.http().get(path);
        assertThat(a.status()).as(path).isEqualTo(400);
        assertThat(a.get("error").asText()).as(path).contains("'" + parameter + "'");
    }
}
