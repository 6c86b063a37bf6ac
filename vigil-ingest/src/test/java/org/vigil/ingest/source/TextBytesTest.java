package org.vigil.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.source.TextBytes.Kind;

class TextBytesTest {
    private static Kind classify(byte[] bytes) {
        return TextBytes.classify(bytes, bytes.length);
    }

    @Test
    void classify_utf8InAnyScript_isText() {
        assertThat(classify("Talks in Genève. Переговоры в Женеве. 日内瓦会谈。\t\r\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Kind.TEXT);
    }

    @Test
    void classify_nulOrManyControlCharacters_isBinary() {
        assertThat(classify(new byte[] {'a', 'b', 0, 'c'})).isEqualTo(Kind.BINARY);
        assertThat(classify(new byte[] {'a', 1, 2, 3, 'b', 'c', 'd', 'e'})).isEqualTo(Kind.BINARY);
    }

    @Test
    void classify_singleByteCyrillic_isLegacyText() {
        byte[] cp1251 = "Переговоры в Женеве продолжились".getBytes(Charset.forName("windows-1251"));

        assertThat(classify(cp1251)).isEqualTo(Kind.LEGACY_TEXT);
    }

    @Test
    void classify_sniffWindowCuttingACharacter_isStillText() {
        byte[] bytes = "Женева".getBytes(StandardCharsets.UTF_8);

        assertThat(TextBytes.classify(bytes, bytes.length - 1)).isEqualTo(Kind.TEXT);
    }

    @Test
    void utf8Length_countsBytesWithoutEncoding() {
        String s = "aé€😀";

        assertThat(TextBytes.utf8Length(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
    }
}
