package org.vigil.server.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.model.Actor;
import org.vigil.core.model.Article;
import org.vigil.core.model.Event;
import org.vigil.core.model.Span;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.store.CodedArticle;
import org.vigil.core.store.StoredArticle;
import org.vigil.server.ServerConfig;
import org.vigil.server.VigilServer;
import org.vigil.store.DuckDbEventStore;

/**
 * The dashboard in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) against a real {@link VigilServer} on a random port over a real store: the page loads, the
 * tension chart draws, evidence shows with its source, trigger and target highlighted, and an article whose text
 * carries {@code <script>} and {@code <img onerror>} renders as inert text.
 * The browser is {@link Chromium}'s. Screenshots for people go to {@code target/dashboard-*.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {
    private static final Duration WAIT = Chromium.WAIT;

    static final String HOSTILE_TITLE = "Minsk proposal <img src=x onerror=\"window.__pwned=3\">";
    static final String SCRIPT_TAG = "<script>window.__pwned=1</script>";
    static final String IMG_TAG = "<img src=x onerror=\"window.__pwned=2\">";
    static final String HOSTILE_ID = "t-hostile-article";
    static final String SHELLING = "Russian forces shelled Ukrainian positions near Donetsk on Monday.";
    static final String PROPOSAL = "Belarus proposed to NATO a declaration against placing missiles in Europe.";
    static final String REJECTION = "NATO rejected the Belarusian declaration on missiles.";
    /** After three calm weeks of talks (the baseline), a week of fighting between Armenia and Azerbaijan alerts. */
    static final LocalDate ALERT_WEEK = LocalDate.of(2024, 2, 5);
    static final String CLASH = "Azerbaijani troops fired on Armenian border posts near Jermuk.";
    /** After Armenia's CSTO membership was suspended (2024-02-22): with partners counted, Armenia is on NATO's side. */
    static final String BLAME = "Armenia blamed Russia for failing to defend its border.";
    /** Years before the rest, from an undated corpus read with --period: dated to the period's middle day only. */
    static final String PROTEST_2019 = "Georgia protested to Russia over the speech of a Russian deputy in Tbilisi.";
    /** A state's own affair: on the map only when events within one state are asked for. */
    static final String DETENTION_2019 = "Serbian police detained protesters in Belgrade.";
    static final String ACCUSATION_2019 = "Georgia accused Russia of occupying its land.";
    static final String CONDEMNATION_2019 = "Georgia condemned Russian troops at the border.";

    private Path dir;
    private VigilServer server;
    private ChromeDriver driver;
    private String base;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Chromium.available(), Chromium.MISSING);
        dir = Files.createTempDirectory("vigil-browser-");
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("data"))) {
            store.store(articles(Dictionaries.loadDefault().cameo()));
        }
        server = VigilServer.start(ServerConfig.of(dir.resolve("data")).withPort(0));
        base = "http://127.0.0.1:" + server.port() + "/";
        driver = Chromium.start(dir.resolve("chromium-profile"));
    }

    @AfterAll
    void stop() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                if (dir != null) {
                    deleteTree(dir);
                }
            }
        }
    }

    @Test
    void overview_loadsWithTitleAlertsAndTopDyads() {
        open("#/");
        assertThat(driver.getTitle()).contains("Vigil");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
        assertThat(text("#section-top-dyads")).contains("RUS – UKR");
        assertThat(driver.findElements(By.cssSelector(".error"))).extracting(WebElement::getText)
                .as("error boxes on the overview").isEmpty();
        screenshot("dashboard-overview.png");
    }

    @Test
    void dyadPage_drawsTensionChart_andHighlightsEvidence() {
        open("#/dyad/RUS/UKR");
        WebElement canvas = driver.findElement(By.id("tension-chart"));
        assertThat(canvas.getSize().getWidth()).isPositive();
        assertThat(canvas.getSize().getHeight()).isPositive();
        Object points = js().executeScript(
                "const c = Chart.getChart(document.getElementById('tension-chart'));"
                        + "return c ? c.data.datasets[0].data.length : -1;");
        assertThat(((Number) points).intValue()).as("buckets drawn by the Chart instance").isGreaterThan(1);

        WebElement shelled = eventWithTrigger("shelled");
        assertThat(marks(shelled, "source")).containsExactly("Russian forces");
        assertThat(marks(shelled, "trigger")).containsExactly("shelled");
        assertThat(marks(shelled, "target")).containsExactly("Ukrainian positions");
        assertThat(shelled.findElement(By.cssSelector("blockquote.evidence")).getText())
                .isEqualTo(SHELLING);
        assertThat(shelled.findElement(By.cssSelector("a.article-link")).getAttribute("href"))
                .endsWith("#/article/t-rus-ukr-week2");
        // the card names the CAMEO code and links to where the article was published
        assertThat(shelled.findElement(By.cssSelector("a.code")).getText())
                .isEqualTo("194 " + Dictionaries.loadDefault().cameo().get("194").name());
        WebElement source = shelled.findElement(By.cssSelector("a.source-url"));
        assertThat(source.getAttribute("href")).isEqualTo("https://news.example.org/t-rus-ukr-week2");
        assertThat(source.getText()).isEqualTo("source: news.example.org");
        screenshot("dashboard-dyad.png");
    }

    @Test
    void overviewAndPairPages_keepToTheirDateRange() {
        open("#/?from=2024-03-01");
        assertThat(driver.findElement(By.cssSelector(".range-form input[name=from]")).getAttribute("value"))
                .isEqualTo("2024-03-01");
        // from March only the two events of the third week are left: too few for the ranking of pairs
        assertThat(text("#section-top-dyads")).doesNotContain("RUS – UKR");

        open("#/dyad/RUS/UKR?from=2024-03-01");
        assertThat(text("#section-events")).contains("2 event(s), newest first.");
        assertThat(text("#section-tension .totals")).startsWith("2 events from");
        open("#/dyad/RUS/UKR");
        assertThat(text("#section-events")).contains("6 event(s), newest first.");
    }

    @Test
    void tensionChart_leavesGapsWhereThereWereNoEvents_andSizesPointsByTheirEvents() {
        open("#/dyad/ARM/AZE?interval=day");
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> chart = (Map<String, List<Object>>) js().executeScript(
                "const c = Chart.getChart(document.getElementById('tension-chart'));"
                        + "return {smoothed: c.data.datasets[0].data, raw: c.data.datasets[1].data,"
                        + " radius: c.data.datasets[0].pointRadius, offset: [c.options.scales.x.offset]};");
        List<Object> smoothed = chart.get("smoothed");
        List<Object> raw = chart.get("raw");
        // 51 days from the first talks (2023-12-18) to the clash (2024-02-06): four with events, no 0.5 anywhere
        assertThat(smoothed).hasSize(51).contains((Object) null).doesNotContain(0.5);
        assertThat(raw.stream().filter(Objects::nonNull)).hasSize(4);
        List<Object> radius = chart.get("radius");
        for (int i = 0; i < smoothed.size(); i++) {
            assertThat(((Number) radius.get(i)).doubleValue() > 0).as("point %d drawn", i)
                    .isEqualTo(smoothed.get(i) != null);
        }
        assertThat(chart.get("offset")).containsExactly(true);
    }

    @Test
    void charts_foldTheEmptyYearsBetweenSpellsOfNewsIntoOneMarkedBucket() {
        open("#/");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) js().executeScript(
                "return Chart.getChart(document.getElementById('categories-chart')).data.labels;");
        // 2019-06 and 2023-12 .. 2024-03: the 53 empty months between are one bucket, not four years of axis
        assertThat(labels).containsExactly("2019-06-01", "… 4 years empty …", "2023-12-01", "2024-01-01",
                "2024-02-01", "2024-03-01");
        open("#/actor/RUS");
        @SuppressWarnings("unchecked")
        List<String> russia = (List<String>) js().executeScript(
                "return Chart.getChart(document.getElementById('actor-chart')).data.labels;");
        assertThat(russia).hasSizeLessThan(10).anyMatch(l -> l.matches("… \\d years empty …"));
    }

    @Test
    void pairPage_unknownCode_saysSo() {
        open("#/dyad/RUS/QQQ", true);
        assertThat(text("#section-tension .error")).contains("is not an entity").contains("'QQQ'");
    }

    @Test
    void hostileArticle_rendersInert() throws InterruptedException {
        open("#/article/" + HOSTILE_ID);
        Thread.sleep(500); // an <img onerror> would fire right after the broken image fails to load
        assertThat(js().executeScript("return typeof window.__pwned")).isEqualTo("undefined");

        WebElement text = driver.findElement(By.id("article-text"));
        assertThat(text.getText()).contains(SCRIPT_TAG).contains(IMG_TAG);
        assertThat(text.findElements(By.cssSelector("script, img"))).as("elements made from article text").isEmpty();
        assertThat(driver.findElement(By.cssSelector("h1.article-title")).getText()).isEqualTo(HOSTILE_TITLE);
        assertThat(driver.findElements(By.cssSelector("main img"))).isEmpty();
        // the events of the hostile article are still highlighted in its text
        assertThat(markTexts(text, "trigger")).contains("proposed", "rejected");
        assertThat(markTexts(text, "source")).contains("Belarus", "NATO");
        screenshot("dashboard-hostile-article.png");
    }

    @Test
    void overview_showsTheLatestAlertOfTheData_andLinksToTheAlertsPage() {
        open("#/");
        WebElement alert = driver.findElement(By.cssSelector("#section-alerts .alert"));
        // a few events a month: the alerts are looked for month by month
        assertThat(alert.getText()).contains("ARM – AZE").contains("month 2024-02");
        assertThat(driver.findElement(By.cssSelector("#section-alerts a[href='#/alerts']")).getText())
                .contains("All alerts");
    }

    @Test
    void alertsPage_explainsEachAlert_withTheBaselineItBeatAndTheEventsCounted() {
        open("#/alerts?interval=week");
        List<WebElement> alerts = driver.findElements(By.cssSelector("#section-alerts .alert"));
        assertThat(alerts).hasSize(1);
        WebElement alert = alerts.get(0);
        assertThat(alert.getAttribute("data-pair")).isEqualTo("ARM-AZE");
        String why = alert.findElement(By.cssSelector(".alert-why")).getText();
        assertThat(why).contains("4 of the 4 events between ARM and AZE from 2024-02-05 to 2024-02-11")
                .contains("in the 3 week(s) with events from 2023-12-11 to 2024-02-04, 0 of 9 events between ARM and "
                        + "AZE were conflict")
                .contains("p = ");
        List<WebElement> counted = alert.findElements(By.cssSelector("details.alert-events article.event"));
        assertThat(counted).hasSize(4);
        WebElement clash = eventWithTrigger("fired on");
        assertThat(marks(clash, "source")).containsExactly("Azerbaijani troops");
        assertThat(marks(clash, "target")).containsExactly("Armenian border posts");
        screenshot("dashboard-alerts.png");
    }

    @Test
    void alertsPage_sparseNews_areLookedAtByMonth_untilWeeksAreChosen() {
        open("#/alerts");
        assertThat(text("#section-alerts")).contains("A month (months, chosen because the news here is sparse");
        WebElement alert = driver.findElement(By.cssSelector("#section-alerts .alert"));
        assertThat(alert.getText()).contains("month 2024-02");
        assertThat(alert.findElement(By.cssSelector(".alert-why")).getText())
                .contains("4 of the 4 events between ARM and AZE from 2024-02-01 to 2024-02-29")
                .contains("in the 2 month(s) with events from 2023-06-01 to 2024-01-31, 0 of 9 events");
        WebElement period = driver.findElement(By.cssSelector("select[name=interval]"));
        navigate("interval=week", () -> new Select(period).selectByValue("week"));
        assertThat(text("#section-alerts .alert")).contains("week of " + ALERT_WEEK);
    }

    @Test
    void alertsPage_dateRange_keepsOnlyTheAlertsOfItsWeeks() {
        open("#/alerts?from=2024-01-01&to=2024-01-31");
        assertThat(driver.findElements(By.cssSelector("#section-alerts .alert"))).isEmpty();
        assertThat(text("#section-alerts .empty")).contains("No alerts in the months from 2024-01-01 to 2024-01-31");

        open("#/alerts");
        WebElement from = driver.findElement(By.cssSelector(".range-form input[name=from]"));
        js().executeScript("arguments[0].value = '2024-02-01'", from);
        navigate("from=2024-02-01",
                () -> driver.findElement(By.cssSelector(".range-form button[type=submit]")).click());
        assertThat(driver.findElements(By.cssSelector("#section-alerts .alert"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".range-form a.button-link")).getText()).isEqualTo("All dates");
    }

    @Test
    void searchAndInitiatives_showEventsWithEvidence() {
        open("#/events?actor=BLR");
        assertThat(text(".result-count")).startsWith("2 event(s)");
        open("#/initiatives");
        assertThat(driver.findElements(By.cssSelector(".initiative"))).isNotEmpty();
        assertThat(text(".initiative")).contains(PROPOSAL).contains(REJECTION);
        // how many of each status, the answered ones a click away whatever their age
        assertThat(text(".status-line")).isEqualTo("1 initiative: 0 implemented · 0 agreed · 1 rejected · 0 supported"
                + " · 0 no answer found. The 50 with the latest activity are listed.");
        // what "no answer found" can say about a proposal, and what not
        assertThat(text(".no-answer-note")).startsWith("\"No answer found\" (0 of 1) means only that no later event "
                + "in the articles read answers the proposal").contains("It does not mean the proposal is still pending");
        navigate("status=open",
                () -> new Select(driver.findElement(By.name("status"))).selectByValue("open"));
        assertThat(text(".empty")).isEqualTo("No initiatives with the status \"no answer found\".");
        navigate("status=rejected",
                () -> driver.findElement(By.cssSelector(".status-line a[data-status=rejected]")).click());
        assertThat(driver.findElements(By.cssSelector(".initiative"))).hasSize(1);
        assertThat(text(".initiative")).contains(PROPOSAL);
    }

    @Test
    void actorPage_showsItsEventsOverTime_itsCounterparts_andItsLatestEvents() {
        open("#/dyad/RUS/UKR");
        assertThat(eventWithTrigger("shelled").findElement(By.cssSelector("a.actor")).getAttribute("href"))
                .endsWith("#/actor/RUS");
        open("#/actor/RUS");
        assertThat(text("h1")).isEqualTo("Actor RUS");
        assertThat(driver.findElement(By.id("actor-chart")).getSize().getHeight()).isPositive();
        assertThat(driver.findElements(By.cssSelector("#section-counterparts tbody tr td:first-child a")))
                .extracting(a -> a.getAttribute("href")).anyMatch(h -> h.endsWith("#/actor/UKR"));
        assertThat(text("#section-actor-events")).contains(SHELLING);
        assertThat(driver.findElements(By.cssSelector(".error"))).extracting(WebElement::getText).isEmpty();
        screenshot("dashboard-actor.png");
    }

    @Test
    void actorPage_marksALastDateThatIsACorpussGivenDay() {
        open("#/actor/GEO");
        WebElement russia = driver.findElements(By.cssSelector("#section-counterparts tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith("RUS")).findFirst().orElseThrow();
        assertThat(russia.findElement(By.cssSelector("td.date")).getText()).isEqualTo("2019-06-30 *");
        assertThat(text("#section-counterparts .given-footnote")).startsWith("* a date given for an undated corpus");
    }

    @Test
    void categoryPage_isLinkedFromTheOverview_andListsItsEvents() {
        open("#/");
        WebElement link = driver.findElements(By.cssSelector("#section-categories a.category-link")).stream()
                .filter(a -> a.getAttribute("href").endsWith("#/category/armed_conflict")).findFirst().orElseThrow();
        String name = link.getText();
        open("#/category/armed_conflict");
        assertThat(text("h1")).isEqualTo(name);
        assertThat(driver.findElement(By.id("category-chart")).getSize().getHeight()).isPositive();
        assertThat(text("#section-category-events")).contains(SHELLING).doesNotContain(PROPOSAL);
        assertThat(driver.findElements(By.cssSelector(".error"))).extracting(WebElement::getText).isEmpty();
        screenshot("dashboard-category.png");
    }

    @Test
    void searchPage_findsArticlesByTheirWords_filtersByLocation_andExportsItsEvents() {
        open("#/events?q=Donetsk");
        assertThat(driver.findElements(By.cssSelector("#section-articles .article-hit"))).isNotEmpty();
        assertThat(text("#section-articles")).contains("Donetsk");
        assertThat(driver.findElement(By.name("location")).isDisplayed()).isTrue();
        String href = driver.findElement(By.cssSelector("#section-results a.export-csv")).getAttribute("href");
        assertThat(href).contains("/api/events/export?format=csv").contains("q=Donetsk");
        Object csv = js().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
        assertThat((String) csv).startsWith("id,date,source").contains(SHELLING);
        screenshot("dashboard-search.png");
    }

    @Test
    void blocPage_drawsSeriesBetweenNatoAndCsto() {
        open("#/bloc/NATO/CSTO");
        assertThat(driver.findElement(By.id("tension-chart")).getSize().getHeight()).isPositive();
        assertThat(driver.findElements(By.cssSelector(".error"))).extracting(WebElement::getText).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#section-events article.event"))).hasSize(2);
    }

    @Test
    void blocPage_saysHowManyOfItsEventsTheOverviewsRankingCountsForIt() {
        // the ranking's count, as GET /api/blocs/top gives it (the overview lists pairs of 3 events or more)
        open("#/bloc/NATO/CSTO");
        Object ranked = ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[0];"
                + "fetch('/api/blocs/top?min_events=1&limit=100').then(r => r.json()).then(j => done(String("
                + "j.pairs.find(p => p.a === 'CSTO' && p.b === 'NATO').events)));");
        assertThat(driver.findElement(By.cssSelector(".ranked-note")).getAttribute("data-ranked")).isEqualTo(ranked);
        assertThat(text(".ranked-note")).isEqualTo("All 2 count for NATO – CSTO in the overview's ranking of bloc pairs.");
        open("#/bloc/NATO/CSTO?direction=ab");
        assertThat(driver.findElements(By.cssSelector(".ranked-note"))).as("one direction: not the ranking's").isEmpty();
    }

    @Test
    void blocPage_labelsEachStatus_andNoStateCountsForBothSidesAtOnce() {
        open("#/bloc/NATO/CSTO");
        assertThat(text(".bloc-members[data-bloc=NATO] h3")).isEqualTo("Members of NATO");
        open("#/bloc/NATO/CSTO?statuses=all");
        assertThat(text(".bloc-members[data-bloc=NATO] h3")).isEqualTo("Members, partners and observers of NATO");
        // Armenia's CSTO suspension is shown as such, among the statuses not counted
        WebElement suspended = driver.findElement(
                By.cssSelector(".bloc-members[data-bloc=CSTO] .member[data-code=ARM][data-status=suspended]"));
        assertThat(suspended.getText()).isEqualTo("ARM since 2024-02-22");
        @SuppressWarnings("unchecked")
        Map<String, List<String>> counted = (Map<String, List<String>>) js().executeScript(
                "const out = {};"
                        + "for (const box of document.querySelectorAll('.bloc-members')) {"
                        + "  const codes = []; out[box.dataset.bloc] = codes;"
                        + "  for (const n of box.children) {"
                        + "    if (n.tagName === 'H4') break;"
                        + "    n.querySelectorAll('.member').forEach(m => codes.push(m.dataset.code));"
                        + "  }"
                        + "}"
                        + "return out;");
        assertThat(counted.get("NATO")).contains("USA", "ARM").doesNotContain("KAZ", "BLR");
        assertThat(counted.get("CSTO")).contains("RUS", "KAZ", "BLR", "ARM");
        // states on both lists are there for different periods only (Armenia; Georgia, Azerbaijan, Uzbekistan in
        // the CSTO until 1999 or 2012): the partner years their CSTO membership covers count for the CSTO
        assertThat(counted.get("NATO")).filteredOn(counted.get("CSTO")::contains).contains("ARM", "GEO")
                .allSatisfy(code -> assertThat(text(".bloc-members[data-bloc=NATO] .member[data-code=" + code + "]"))
                        .contains("counts for CSTO, member there"));
        assertThat(text(".bloc-members[data-bloc=NATO] .member[data-code=ARM]"))
                .isEqualTo("ARM since 1994-10-05 (1994-10-05 – 2024-02-21 counts for CSTO, member there)");
        screenshot("dashboard-bloc-statuses.png");
    }

    @Test
    void blocPage_labelsEachSidesStatusOnTheDateOfEachEvent() {
        open("#/bloc/NATO/CSTO?statuses=all");
        // February 2024: Armenia is a CSTO member, so its clash with Azerbaijan (a NATO partner) is CSTO - NATO
        assertThat(sides(eventWithTrigger("fired on"))).containsExactly("AZE NATO partner", "ARM CSTO member");
        // March 2024, its CSTO membership suspended: Armenia counts for NATO, where it is a partner
        assertThat(sides(eventWithTrigger("blamed"))).containsExactly("ARM NATO partner", "RUS CSTO member");
        assertThat(sides(eventWithTrigger("proposed"))).containsExactly("BLR CSTO member", "NATO NATO self");
        assertThat(eventWithTrigger("blamed").findElement(By.cssSelector(".bloc-sides")).getText())
                .isEqualTo("Counted on 2024-03-11: ARM for NATO partner → RUS for CSTO member");
        screenshot("dashboard-bloc-sides.png");
        open("#/dyad/ARM/RUS");
        assertThat(driver.findElements(By.cssSelector(".bloc-sides"))).as("sides on a page of two states").isEmpty();
    }

    @Test
    void overview_linksToEachSpellOfNews_andSaysWhichEventsSitOnTheirCorpussGivenDate() {
        open("#/");
        assertThat(text(".health")).contains(" · 4 are dated only by the period given for their corpus");
        // a pair whose last date is its corpus's: marked, and the mark explained
        WebElement last = driver.findElements(By.cssSelector("#section-top-dyads tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith("GEO – RUS")).findFirst().orElseThrow()
                .findElement(By.cssSelector("td.date"));
        assertThat(last.getText()).isEqualTo("2019-06-30 *");
        assertThat(text("#section-top-dyads .given-footnote")).startsWith("* a date given for an undated corpus");
        List<WebElement> spells = driver.findElements(By.cssSelector("#section-categories .spells a"));
        assertThat(spells).extracting(WebElement::getText)
                .containsExactly("2019-06-01 – 2019-06-30", "2023-12-01 – 2024-03-31");
        assertThat(text("#section-categories .given-note"))
                .startsWith("4 events are dated only by the period given for their corpus")
                .contains("2019-06-01 (4 of 4)");
        // its bar is hatched (a pattern), the bars of dated news plain
        Object fills = js().executeScript("const c = Chart.getChart(document.getElementById('categories-chart'));"
                + "const f = c.data.datasets.find(d => d.label === 'Protest and unrest').backgroundColor;"
                + "return [f[0] instanceof CanvasPattern, typeof f[f.length - 1],"
                + " c.legend.legendItems.every(i => typeof i.fillStyle === 'string')];");
        // ... and the legend's swatches are the plain colours
        assertThat(fills).isEqualTo(List.of(true, "string", true));
        navigate("from=2023-12-01&to=2024-03-31", () -> spells.get(1).click());
        assertThat(driver.findElements(By.cssSelector("#section-categories .spells"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#section-categories .given-note"))).isEmpty();
        screenshot("dashboard-overview-spells.png");
    }

    @Test
    void worldMap_coloursCountriesWithEvents() {
        open("#/map");
        List<WebElement> coloured = driver.findElements(By.cssSelector("svg.world path.country.has-events"));
        assertThat(coloured).extracting(e -> e.getAttribute("data-code")).contains("RUS", "UKR", "BLR", "AZE")
                .doesNotContain("SRB");
        assertThat(text(".time-slider .slider-label")).startsWith("all dates");
        // Serbia's police and protesters: only with the events within one state
        navigate("scope=all", () -> new Select(driver.findElement(By.name("scope"))).selectByValue("all"));
        assertThat(driver.findElements(By.cssSelector("svg.world path.country.has-events")))
                .extracting(e -> e.getAttribute("data-code")).contains("SRB", "RUS");
    }

    @Test
    void worldMap_timeSlider_showsOneMonthAtATime() {
        open("#/map");
        // the data's months: 2019-06 (Georgia's protest) to 2024-03; the slider's last stop is March 2024
        WebElement slider = driver.findElement(By.cssSelector(".time-slider input[type=range]"));
        assertThat(slider.getAttribute("max")).isEqualTo("57");
        assertThat(driver.findElements(By.cssSelector(".time-slider .slider-ends span")))
                .extracting(WebElement::getText).containsExactly("2019-06", "2024-03");
        navigate("from=2024-03-01&to=2024-03-31", () -> js().executeScript("arguments[0].value = arguments[0].max;"
                + "arguments[0].dispatchEvent(new Event('change'));", slider));
        assertThat(text(".time-slider .slider-label")).isEqualTo("2024-03: 5 dated events");
        assertThat(driver.findElements(By.cssSelector("svg.world path.country.has-events")))
                .extracting(e -> e.getAttribute("data-code")).contains("RUS", "UKR", "BLR", "ARM")
                .doesNotContain("AZE");
        assertThat(driver.findElements(By.cssSelector(".month-bar.in-window"))).hasSize(1);
        screenshot("dashboard-map-slider.png");
    }

    @Test
    void worldMap_playButton_stepsThroughTheWindowsWithEvents_untilPaused() {
        open("#/map?from=2019-06-01&to=2019-06-30");
        assertThat(text(".time-slider button.play")).isEqualTo("▶ Play");
        // the four empty years after June 2019 are stepped over
        navigate("from=2023-12-01&to=2023-12-31&play=1",
                () -> driver.findElement(By.cssSelector(".time-slider button.play")).click());
        navigate("from=2024-01-01&to=2024-01-31&play=1", () -> { });
        navigate("to=", () -> js().executeScript("document.querySelector('.time-slider button.play').click()"));
        assertThat(driver.getCurrentUrl()).doesNotContain("play=1");
        assertThat(text(".time-slider button.play")).isEqualTo("▶ Play");
        screenshot("dashboard-map-play.png");
    }

    // --- browser ---

    /**
     * Opens a route, waits until the page says it has rendered (body[data-ready=true]), and checks that nothing went
     * wrong on the way: no script error or failed request in the console, nothing blocked by the page's CSP.
     */
    private void open(String route) {
        open(route, false);
    }

    /** The same; with {@code badRequest}, the page's requests may be answered 400 (it asked for what is not there). */
    private void open(String route, boolean badRequest) {
        Chromium.open(driver, base + route, badRequest);
    }

    /**
     * Does what changes the page's address and waits until the page for the new address is drawn: the old page's
     * body[data-ready] is marked stale first, so that it cannot pass for the new one's.
     */
    private void navigate(String inAddress, Runnable action) {
        js().executeScript("document.body.dataset.ready = 'stale'");
        action.run();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(inAddress)
                && "true".equals(js().executeScript("return document.body.dataset.ready")));
    }

    private JavascriptExecutor js() {
        return driver;
    }

    private String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private WebElement eventWithTrigger(String trigger) {
        for (WebElement ev : driver.findElements(By.cssSelector("article.event"))) {
            if (marks(ev, "trigger").contains(trigger)) {
                return ev;
            }
        }
        throw new AssertionError("no event on the page whose trigger is highlighted as '" + trigger + "'");
    }

    /** "ARM CSTO member": each side's code, bloc and status as the event card labels them. */
    private static List<String> sides(WebElement event) {
        return event.findElements(By.cssSelector(".bloc-side")).stream()
                .map(s -> s.getAttribute("data-code") + " " + s.getAttribute("data-bloc") + " "
                        + s.getAttribute("data-status")).toList();
    }

    private static List<String> marks(WebElement event, String role) {
        return markTexts(event.findElement(By.cssSelector("blockquote.evidence")), role);
    }

    private static List<String> markTexts(WebElement scope, String role) {
        return scope.findElements(By.cssSelector("mark[data-role='" + role + "']")).stream()
                .map(WebElement::getText).toList();
    }

    private void screenshot(String name) {
        try {
            Path target = Paths.get("target").toAbsolutePath();
            Files.createDirectories(target);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not save screenshot " + name, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // --- data: real events through the real store, with spans where the coder would put them ---

    static List<CodedArticle> articles(CameoOntology cameo) {
        return List.of(
                new Story("t-rus-ukr-week1", "Talks in Istanbul", LocalDate.of(2024, 2, 19),
                        "Russia and Ukraine held talks in Istanbul. Ukraine praised Russia for the prisoner exchange.")
                        .event(0, "Russia and Ukraine held talks in Istanbul.",
                                "RUS", null, "Russia", "held talks", "046", "UKR", null, "Ukraine")
                        .event(1, "Ukraine praised Russia for the prisoner exchange.",
                                "UKR", null, "Ukraine", "praised", "051", "RUS", null, "Russia")
                        .build(cameo),
                new Story("t-rus-ukr-week2", "Shelling near Donetsk", LocalDate.of(2024, 2, 26),
                        SHELLING + " Ukraine accused Russia of targeting civilians.")
                        .event(0, SHELLING,
                                "RUS", "MIL", "Russian forces", "shelled", "194", "UKR", "MIL", "Ukrainian positions")
                        .event(1, "Ukraine accused Russia of targeting civilians.",
                                "UKR", null, "Ukraine", "accused", "112", "RUS", null, "Russia")
                        .build(cameo),
                new Story("t-rus-ukr-week3", "Strikes on Kharkiv", LocalDate.of(2024, 3, 4),
                        "Russian troops attacked Kharkiv overnight. Ukraine threatened Russia with retaliation.")
                        .event(0, "Russian troops attacked Kharkiv overnight.",
                                "RUS", "MIL", "Russian troops", "attacked", "190", "UKR", null, "Kharkiv")
                        .event(1, "Ukraine threatened Russia with retaliation.",
                                "UKR", null, "Ukraine", "threatened", "130", "RUS", null, "Russia")
                        .build(cameo),
                new Story(HOSTILE_ID, HOSTILE_TITLE, LocalDate.of(2024, 3, 5),
                        PROPOSAL + " " + SCRIPT_TAG + " " + IMG_TAG + "\n\n" + REJECTION)
                        .event(0, PROPOSAL, "BLR", "GOV", "Belarus", "proposed", "030", "NATO", null, "NATO")
                        .event(2, REJECTION, "NATO", null, "NATO", "rejected", "120", "BLR", null, "Belarusian")
                        .build(cameo),
                calmWeek("t-arm-aze-talks1", ALERT_WEEK.minusWeeks(7), cameo),
                calmWeek("t-arm-aze-talks2", ALERT_WEEK.minusWeeks(5), cameo),
                calmWeek("t-arm-aze-talks3", ALERT_WEEK.minusWeeks(2), cameo),
                new Story("t-arm-aze-clash", "Fighting on the border", ALERT_WEEK.plusDays(1),
                        CLASH + " Armenia accused Azerbaijan of an unprovoked attack. Armenian soldiers shot at "
                                + "Azerbaijani positions. Azerbaijan threatened Armenia with a wider operation.")
                        .event(0, CLASH, "AZE", "MIL", "Azerbaijani troops", "fired on", "193", "ARM", "MIL",
                                "Armenian border posts")
                        .event(1, "Armenia accused Azerbaijan of an unprovoked attack.",
                                "ARM", null, "Armenia", "accused", "112", "AZE", null, "Azerbaijan")
                        .event(2, "Armenian soldiers shot at Azerbaijani positions.",
                                "ARM", "MIL", "Armenian soldiers", "shot at", "193", "AZE", "MIL",
                                "Azerbaijani positions")
                        .event(3, "Azerbaijan threatened Armenia with a wider operation.",
                                "AZE", null, "Azerbaijan", "threatened", "130", "ARM", null, "Armenia")
                        .build(cameo),
                new Story("t-arm-rus-blame", "Yerevan blames Moscow", LocalDate.of(2024, 3, 11), BLAME)
                        .event(0, BLAME, "ARM", null, "Armenia", "blamed", "112", "RUS", null, "Russia")
                        .build(cameo),
                new Story("t-geo-rus-2019", "Tbilisi protests", LocalDate.of(2019, 6, 30),
                        String.join(" ", PROTEST_2019, DETENTION_2019, ACCUSATION_2019, CONDEMNATION_2019)).givenDate()
                        .event(0, PROTEST_2019, "GEO", null, "Georgia", "protested", "114", "RUS", null, "Russia")
                        .event(1, DETENTION_2019, "SRB", "COP", "Serbian police", "detained", "173", "SRB", "CVL",
                                "protesters")
                        .event(2, ACCUSATION_2019, "GEO", null, "Georgia", "accused", "112", "RUS", null, "Russia")
                        .event(3, CONDEMNATION_2019, "GEO", null, "Georgia", "condemned", "111", "RUS", "MIL",
                                "Russian troops")
                        .build(cameo));
    }

    /** A week of three cooperative events between Armenia and Azerbaijan (the alert's baseline). */
    private static CodedArticle calmWeek(String id, LocalDate date, CameoOntology cameo) {
        return new Story(id, "Talks on the border", date,
                "Armenia and Azerbaijan negotiated on the border commission. Azerbaijan hosted Armenian envoys. "
                        + "Armenia consulted Azerbaijan on the prisoner lists.")
                .event(0, "Armenia and Azerbaijan negotiated on the border commission.",
                        "ARM", null, "Armenia", "negotiated", "046", "AZE", null, "Azerbaijan")
                .event(1, "Azerbaijan hosted Armenian envoys.",
                        "AZE", null, "Azerbaijan", "hosted", "043", "ARM", "GOV", "Armenian envoys")
                .event(2, "Armenia consulted Azerbaijan on the prisoner lists.",
                        "ARM", null, "Armenia", "consulted", "040", "AZE", null, "Azerbaijan")
                .build(cameo);
    }

    /** One article and the events of its sentences; offsets are found in the text, as the coder reports them. */
    static final class Story {
        private record Planned(int index, String sentence, String src, String srcRole, String srcWords,
                               String trigger, String code, String tgt, String tgtRole, String tgtWords) {
        }

        private final String id;
        private final String title;
        private final LocalDate date;
        private final String text;
        private final List<Planned> planned = new ArrayList<>();
        private DateOrigin origin = DateOrigin.METADATA;

        Story(String id, String title, LocalDate date, String text) {
            this.id = id;
            this.title = title;
            this.date = date;
            this.text = text;
        }

        /** The article's date is only the one given for its corpus (--period), not its own. */
        Story givenDate() {
            origin = DateOrigin.GIVEN;
            return this;
        }

        /** An event in {@code sentence}, the {@code index}-th sentence of the text (from 0); words looked up in it. */
        Story event(int index, String sentence, String src, String srcRole, String srcWords, String trigger,
                    String code, String tgt, String tgtRole, String tgtWords) {
            planned.add(new Planned(index, sentence, src, srcRole, srcWords, trigger, code, tgt, tgtRole, tgtWords));
            return this;
        }

        CodedArticle build(CameoOntology cameo) {
            List<Event> events = new ArrayList<>();
            for (Planned p : planned) {
                String sentence = p.sentence();
                int at = text.indexOf(sentence);
                if (at < 0) {
                    throw new IllegalArgumentException("not in the text of " + id + ": " + sentence);
                }
                Actor source = new Actor(p.src(), p.srcRole(), span(at, sentence, p.srcWords()));
                Actor target = new Actor(p.tgt(), p.tgtRole(), span(at, sentence, p.tgtWords()));
                String eventId = "ev-" + Integer.toHexString((id + p.index() + source.code() + p.code()).hashCode());
                events.add(new Event(eventId, id, p.index(), date, source, target, cameo.get(p.code()),
                        span(at, sentence, p.trigger()), sentence, 0.9, "browser-test"));
            }
            Article article = new Article(id, "https://news.example.org/" + id, title, date, text);
            return new CodedArticle(new StoredArticle(article, "browser-test", "en", origin, "coded"),
                    planned.stream().mapToInt(Planned::index).max().orElse(0) + 1, events);
        }

        private static Span span(int sentenceAt, String sentence, String words) {
            int i = sentence.indexOf(words);
            if (i < 0) {
                throw new IllegalArgumentException("'" + words + "' is not in: " + sentence);
            }
            return new Span(sentenceAt + i, sentenceAt + i + words.length(), words);
        }
    }
}
