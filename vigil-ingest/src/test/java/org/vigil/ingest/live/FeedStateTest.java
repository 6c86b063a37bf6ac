package org.vigil.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.source.PolledFeed;

class FeedStateTest {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Duration EVERY = Duration.ofMinutes(15);

    FeedState state = new FeedState(new PolledFeed(URI.create("http://127.0.0.1:9/feed.xml")), EVERY, T0);

    @Test
    void aNewFeed_isDueAtOnce_thenEveryInterval() {
        assertThat(state.due(T0)).isTrue();
        state.succeeded(T0, new PolledFeed.Poll(false, List.of(), null), 0, 0, null);
        assertThat(state.due(T0.plus(EVERY).minusSeconds(1))).isFalse();
        assertThat(state.due(T0.plus(EVERY))).isTrue();
    }

    @Test
    void failuresInARow_doubleTheWaitUpToTheCap_andASuccessResetsIt() {
        state.failed(T0, "URL answered HTTP 500");
        assertThat(state.due(T0.plus(EVERY.multipliedBy(2)).minusSeconds(1))).isFalse();
        assertThat(state.due(T0.plus(EVERY.multipliedBy(2)))).isTrue();
        state.failed(T0, "URL answered HTTP 500");
        assertThat(state.due(T0.plus(EVERY.multipliedBy(4)).minusSeconds(1))).isFalse();
        assertThat(state.wait(10)).isEqualTo(EVERY.multipliedBy(FeedState.MAX_BACKOFF));
        assertThat(state.status()).containsEntry("errors", 2L).containsEntry("failures_in_row", 2)
                .containsEntry("last_result", "failed").containsEntry("last_error", "URL answered HTTP 500");

        state.succeeded(T0, new PolledFeed.Poll(true, List.of(), null), 0, 0, null);
        assertThat(state.due(T0.plus(EVERY))).isTrue();
        assertThat(state.status()).containsEntry("failures_in_row", 0).containsEntry("last_result", "not modified");
    }
}
