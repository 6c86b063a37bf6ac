package org.vigil.ingest.source;

/** Telling text from binary, and bytes to text. */
final class TextBytes {
    /** How much of a file the sniffers look at. */
    static final int SNIFF_BYTES = 64 * 1024;

    private TextBytes() {
    }

    /** What a run of bytes looks like. */
    enum Kind {
        /** UTF-8 text: at most 10% control characters (other than tab, line feed, form feed, return) and
         *  invalid UTF-8 together. */
        TEXT,
        /** A NUL byte, or more than 10% control characters. */
        BINARY,
        /** No NUL and few control characters, but more than 10% invalid UTF-8: text in a legacy encoding. */
        LEGACY_TEXT
    }

    /** What a run of bytes holds: characters, invalid UTF-8, control characters, valid multi-byte sequences. */
    record Counts(int chars, int invalid, int controls, int multibyte, boolean nul) {
        Kind kind() {
            if (nul || controls * 10L > chars) {
                return Kind.BINARY;
            }
            return (controls + invalid) * 10L > chars ? Kind.LEGACY_TEXT : Kind.TEXT;
        }
    }

    /**
     * Classifies bytes. An incomplete UTF-8 sequence at the very end is not counted, so a prefix of a file can be
     * sniffed.
     */
    static Kind classify(byte[] bytes, int length) {
        return count(bytes, length).kind();
    }

    /** Counts what bytes hold, read as UTF-8; stops at the first NUL byte. */
    static Counts count(byte[] bytes, int length) {
        int chars = 0;
        int invalid = 0;
        int controls = 0;
        int multibyte = 0;
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return new Counts(chars, invalid, controls, multibyte, true);
            }
            int need = b < 0x80 ? 0 : b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need > 0 && i + need >= length) {
                break; // cut mid-character by the sniff window
            }
            chars++;
            if (need < 0 || !continues(bytes, i, need)) {
                invalid++;
                i++;
                continue;
            }
            if (need == 0 && isControl(b)) {
                controls++;
            }
            multibyte += need > 0 ? 1 : 0;
            i += need + 1;
        }
        return new Counts(chars, invalid, controls, multibyte, false);
    }

    private static boolean continues(byte[] bytes, int lead, int need) {
        for (int k = 1; k <= need; k++) {
            if ((bytes[lead + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why bytes cannot be read as UTF-8 text, or null when they can: "binary content, not text", or
     * "not UTF-8 text (…)" for text in a single-byte legacy encoding with many non-ASCII letters.
     */
    static String notText(Counts counts) {
        return switch (counts.kind()) {
            case TEXT -> null;
            case BINARY -> "binary content, not text";
            case LEGACY_TEXT -> "not UTF-8 text (over 10% invalid UTF-8: a legacy encoding such as Windows-1251?)";
        };
    }

    /**
     * For HTML and XML, whose charset is declared inside: binary only for a NUL byte or more than 10% control
     * characters; a page in Windows-1251, or in UTF-16 with its byte-order mark, is text.
     */
    static boolean looksBinaryMarkup(byte[] head) {
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        return !utf16 && classify(head, head.length) == Kind.BINARY;
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
    }

    /** The size of a text in UTF-8 bytes, without encoding it. */
    static long utf8Length(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    /** A size for messages: "10.0 MB", or "256.0 KB" under a megabyte. */
    static String megabytes(long bytes) {
        return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
