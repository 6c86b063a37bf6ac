package org.vigil.core.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable event ids: the same article, sentence, source, code and target always give the same id. */
final class EventIds {
    private EventIds() {
    }

    static String of(String articleId, int sentence, String source, String code, String target) {
        String key = articleId + '\u0001' + sentence + '\u0001' + source + '\u0001' + code + '\u0001' + target;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
