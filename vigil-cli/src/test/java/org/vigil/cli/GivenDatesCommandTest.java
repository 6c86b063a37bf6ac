package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GivenDatesCommandTest {
    @TempDir
    Path dir;

    @Test
    void ingestWithAPeriodDatesTheUndatedArticlesAndTheirEventsAndKeepsTheDatedOnes() throws Exception {
        Path news = dir.resolve("news.jsonl");
        Files.writeString(news, """
                {"id": "dated", "date": "2021-05-02", "text": "Moldova expelled a Russian diplomat on Friday."}
                {"id": "undated", "text": "Armenia accused Azerbaijan of shelling its border villages."}
                {"id": "undated-friday", "text": "Moldova expelled a Russian diplomat on Friday."}
                """);
        Path data = dir.resolve("store");
        Run run = Run.of("ingest", news.toString(), "--data", data.toString(), "--period", "2004-08..2005-01",
                "--progress", "none");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("event dates: 3 of 3 events dated (100.0%): GIVEN 66.7%, RELATIVE 33.3%; "
                + "none undated");
        assertThat(StoreProbe.query(data, "SELECT id || ' ' || date || ' ' || date_origin FROM articles ORDER BY id"))
                .containsExactly("dated 2021-05-02 METADATA", "undated 2004-10-31 GIVEN",
                        "undated-friday 2004-10-31 GIVEN");
        // the dated article's Friday is the Friday before it; a Friday counted from a given date is not known
        assertThat(StoreProbe.query(data, "SELECT e.first_article_id || ' ' || e.date || ' ' || "
                + "coalesce(e.date_origin, a.date_origin) FROM events e JOIN articles a ON a.id = e.first_article_id "
                + "ORDER BY 1"))
                .containsExactly("dated 2021-04-30 RELATIVE", "undated 2004-10-31 GIVEN",
                        "undated-friday 2004-10-31 GIVEN");
    }

    @Test
    void aBadPeriodIsBadUsageNamingItsFault() {
        Run run = Run.of("ingest", dir.toString(), "--data", dir.resolve("store").toString(), "--period", "2005..2004");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--period", "ends (2004-12-31) before it starts (2005-01-01)");
        assertThat(dir.resolve("store")).doesNotExist();
    }

    @Test
    void dateAndPeriodTogetherAreBadUsage() {
        Run run = Run.of("code", "--date", "2020-01-01", "--period", "2020..2021", "-");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("give --date or --period, not both");
    }
}
