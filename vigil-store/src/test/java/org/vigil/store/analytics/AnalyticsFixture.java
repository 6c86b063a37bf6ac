package org.vigil.store.analytics;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.DuckDbEventStore;
import org.vigil.store.testkit.Fixture;

/** A real store in a temporary folder and the analytics over it, for each test. */
abstract class AnalyticsFixture {
    @TempDir
    Path dir;
    DuckDbEventStore store;
    Analytics analytics;

    @BeforeEach
    void open() {
        store = DuckDbEventStore.open(dir);
        analytics = Analytics.open(store, Fixture.DICTIONARIES);
    }

    @AfterEach
    void close() {
        store.close();
    }

    void store(Fixture... articles) {
        store.store(Arrays.stream(articles).map(Fixture::build).toList());
    }
}
