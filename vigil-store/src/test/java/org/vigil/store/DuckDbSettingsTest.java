package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB's memory limit and threads are set when a store opens, so that native memory has a stated budget. */
class DuckDbSettingsTest {
    @TempDir
    Path dir;

    private static String setting(DuckDbEventStore store, String name) throws SQLException {
        try (Connection c = store.newConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('" + name + "')")) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void aStoreOpensWithTheDefaultBudgetOrTheOneItIsGiven() throws SQLException {
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("default"))) {
            assertThat(setting(store, "memory_limit")).isEqualTo("488.2 MiB"); // 512 MB is 512 * 10^6 bytes
            assertThat(setting(store, "threads")).isEqualTo("2");
        }
        try (DuckDbEventStore store = DuckDbEventStore.open(dir.resolve("small"), new DuckDbSettings("256MiB", 1),
                notice -> { })) {
            assertThat(setting(store, "memory_limit")).isEqualTo("256.0 MiB");
            assertThat(setting(store, "threads")).isEqualTo("1");
        }
    }

    @Test
    void aMemoryLimitDuckDbCannotReadFailsTheOpeningWithDuckDbsReason() {
        DuckDbSettings lots = new DuckDbSettings("lots", 2);

        assertThatThrownBy(() -> DuckDbEventStore.open(dir.resolve("bad"), lots, notice -> { }))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot open the store")
                .hasMessageContaining("memory_limit");
    }

    @Test
    void nonsenseSettingsAreRefusedBeforeAnyStoreOpens() {
        assertThatThrownBy(() -> new DuckDbSettings(" ", 2)).hasMessageContaining("blank");
        assertThatThrownBy(() -> new DuckDbSettings("1GB", 0)).hasMessageContaining("at least one thread");
    }
}
