package org.vigil.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.ArticleIds;

class ArticleIdsTest {
    @Test
    void sameUrlWrittenDifferentlyGivesOneId() {
        assertThat(ArticleIds.fromUrl("https://www.example.org/news/1/"))
                .isEqualTo(ArticleIds.fromUrl("http://example.org/news/1#top"));
    }

    @Test
    void differentUrlsGiveDifferentIds() {
        assertThat(ArticleIds.fromUrl("https://example.org/news/1"))
                .isNotEqualTo(ArticleIds.fromUrl("https://example.org/news/2"));
    }

    @Test
    void textIdIgnoresCaseAndSpacing() {
        assertThat(ArticleIds.fromText("Russia  shelled\nKharkiv."))
                .isEqualTo(ArticleIds.fromText("russia shelled kharkiv."))
                .startsWith("t-");
    }

    @Test
    void urlWinsOverTextWhenPresent() {
        assertThat(ArticleIds.of("https://example.org/a", "text")).startsWith("u-");
        assertThat(ArticleIds.of(" ", "text")).startsWith("t-");
    }
}
