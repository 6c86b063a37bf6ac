package org.vigil.ingest.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The charset a run of bytes is written in, told from its first bytes: a byte-order mark (UTF-8, UTF-16 LE/BE)
 * wins; else UTF-16 without a mark is recognised by its zero bytes (ASCII letters have a zero high byte); else
 * UTF-8, or Windows-1252 for text with a few stray high bytes and no UTF-8 sequence at all (legacy Western text).
 * Binary content and text in a single-byte legacy encoding with many non-ASCII letters are refused.
 *
 * @param charset   how to decode
 * @param bomLength bytes of byte-order mark to skip before decoding
 */
public record TextEncoding(Charset charset, int bomLength) {
    static final TextEncoding UTF_8 = new TextEncoding(StandardCharsets.UTF_8, 0);
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** What the first bytes say: an encoding, or why the bytes are not text. */
    public record Sniffed(TextEncoding encoding, String refusal) {
    }

    /** Bytes per code unit: 2 for UTF-16, else 1. A line feed is one unit. */
    int unit() {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 1;
    }

    boolean bigEndian() {
        return charset.equals(StandardCharsets.UTF_16BE);
    }

    /** Sniffs the first {@code length} bytes (a prefix of the input is enough; a cut last character is allowed). */
    public static Sniffed sniff(byte[] head, int length) {
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            return utf8(head, 3, length);
        }
        if (startsWith(head, length, 0xFF, 0xFE)) {
            return utf16(head, length, new TextEncoding(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(head, length, 0xFE, 0xFF)) {
            return utf16(head, length, new TextEncoding(StandardCharsets.UTF_16BE, 2));
        }
        Charset utf16 = utf16WithoutMark(head, length);
        if (utf16 != null) {
            return utf16(head, length, new TextEncoding(utf16, 0));
        }
        return utf8(head, 0, length);
    }

    private static Sniffed utf8(byte[] head, int start, int length) {
        byte[] body = start == 0 ? head : java.util.Arrays.copyOfRange(head, start, length);
        TextBytes.Counts counts = TextBytes.count(body, length - start);
        String notText = TextBytes.notText(counts);
        if (notText != null) {
            return new Sniffed(null, notText);
        }
        boolean legacy = start == 0 && counts.invalid() > 0 && counts.multibyte() == 0;
        return new Sniffed(legacy ? new TextEncoding(WINDOWS_1252, 0) : new TextEncoding(StandardCharsets.UTF_8,
                start), null);
    }

    /** UTF-16 is text when under 10% of its characters are controls (other than tab, line feed, return). */
    private static Sniffed utf16(byte[] head, int length, TextEncoding encoding) {
        int even = (length - encoding.bomLength) & ~1;
        String text = new String(head, encoding.bomLength, even, encoding.charset);
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                || c == 0x7F || c == 0xFFFD).count();
        return controls * 10L > text.length() ? new Sniffed(null, "binary content, not text (not even UTF-16)")
                : new Sniffed(encoding, null);
    }

    /**
     * UTF-16 without a byte-order mark: at least 30% of the code units have a zero byte on one side and almost
     * none (under 2%) on the other; a zero high byte is what ASCII letters and spaces look like in UTF-16.
     */
    private static Charset utf16WithoutMark(byte[] head, int length) {
        int units = length / 2;
        if (units < 2) {
            return null;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            zeroFirst += head[i] == 0 ? 1 : 0;
            zeroSecond += head[i + 1] == 0 ? 1 : 0;
        }
        if (zeroSecond * 10L >= units * 3L && zeroFirst * 50L < units) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroFirst * 10L >= units * 3L && zeroSecond * 50L < units) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
