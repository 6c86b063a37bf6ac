package org.vigil.ingest.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.vigil.core.source.SourceDocument;
import org.vigil.ingest.source.PolledFeed;

class PolledFeedTest {
    @Test
    void anUnchangedFeed_isNotModified_andANewItemIsSeenOnTheNextPoll() throws IOException {
        try (LoopbackFeed server = LoopbackFeed.start()) {
            server.publish("a1", "Talks in Geneva", "The Swiss foreign minister met Iranian envoys.",
                    "Tue, 05 Mar 2024 09:00:00 GMT");
            PolledFeed feed = new PolledFeed(server.url());

            PolledFeed.Poll first = feed.poll();
            assertThat(first.failed()).isFalse();
            assertThat(first.notModified()).isFalse();
            assertThat(first.items()).singleElement().isInstanceOf(SourceDocument.class);

            PolledFeed.Poll second = feed.poll();
            assertThat(second.notModified()).isTrue();
            assertThat(second.items()).isEmpty();
            assertThat(server.notModified()).isEqualTo(1);

            server.publish("a2", "Strike", "Israeli aircraft struck targets in Gaza.", "Wed, 06 Mar 2024 09:00:00 GMT");
            assertThat(feed.poll().items()).hasSize(2);
        }
    }

    @Test
    void aFailingFeed_givesTheReason() throws IOException {
        try (LoopbackFeed server = LoopbackFeed.start()) {
            PolledFeed.Poll poll = new PolledFeed(server.brokenUrl()).poll();
            assertThat(poll.failed()).isTrue();
            assertThat(poll.failure()).contains("HTTP 500");
        }
    }
}
