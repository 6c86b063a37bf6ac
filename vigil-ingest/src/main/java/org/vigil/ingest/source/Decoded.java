package org.vigil.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Text decoded from bytes, with the count of malformed sequences that were replaced by U+FFFD, so that damage is
 * reported rather than silent.
 *
 * @param replaced malformed byte sequences replaced
 */
public record Decoded(String text, int replaced) {
    /** Decodes {@code length} bytes from {@code offset}; line endings become {@code \n}. */
    public static Decoded of(byte[] bytes, int offset, int length, TextEncoding encoding) {
        CharsetDecoder decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate(length + 2);
        int replaced = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                out = room(out);
                out.put('\uFFFD');
                in.position(in.position() + result.length());
                replaced++;
            } else if (result.isOverflow()) {
                out = room(out);
            } else {
                break;
            }
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return new Decoded(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'), replaced);
    }

    private static CharBuffer room(CharBuffer out) {
        if (out.remaining() > 1) {
            return out;
        }
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        return bigger.put(out.flip());
    }

    /** What was repaired, for a message, or null: "3 invalid UTF-8 byte sequences replaced by U+FFFD". */
    public String repair(TextEncoding encoding) {
        return replaced == 0 ? null : replaced + " invalid " + encoding.charset().name() + " byte sequence"
                + (replaced == 1 ? "" : "s") + " replaced by U+FFFD";
    }
}
