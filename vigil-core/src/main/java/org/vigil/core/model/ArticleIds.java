package org.vigil.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids, so that the same article read twice is recognised: from the URL when there is one
 * (scheme, "www." and a trailing slash or fragment do not matter), else from the text with case, accents
 * and spacing normalised away.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String fromUrl(String url) {
        String u = url.trim().toLowerCase(Locale.ROOT);
        u = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "");
        int fragment = u.indexOf('#');
        if (fragment >= 0) {
            u = u.substring(0, fragment);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return "u-" + digest(u);
    }

    public static String fromText(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
        return "t-" + digest(t);
    }

    /** The id for an article that may or may not have a URL. */
    public static String of(String url, String text) {
        return url != null && !url.isBlank() ? fromUrl(url) : fromText(text);
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
