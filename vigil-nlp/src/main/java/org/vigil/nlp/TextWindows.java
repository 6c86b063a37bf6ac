package org.vigil.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into windows parsed one at a time, so that a long article costs what its sentences cost and
 * never holds CoreNLP's annotations for the whole text at once. A window ends at the last paragraph break (a
 * blank line, always a sentence break for the splitter) before the size limit, else at the last sentence end
 * (". ", "! ", "? " then a capital), else at the last white space; a text without any is cut at the limit.
 */
final class TextWindows {
    /** A window of the text: [begin, end). */
    record Window(int begin, int end) {
    }

    private TextWindows() {
    }

    static List<Window> of(String text, int maxChars) {
        List<Window> windows = new ArrayList<>();
        int begin = 0;
        while (text.length() - begin > maxChars) {
            int end = cut(text, begin, begin + maxChars);
            windows.add(new Window(begin, end));
            begin = end;
        }
        if (begin < text.length() || windows.isEmpty()) {
            windows.add(new Window(begin, text.length()));
        }
        return windows;
    }

    /** Where to end a window that starts at {@code begin} and may not pass {@code limit}. */
    private static int cut(String text, int begin, int limit) {
        int floor = begin + (limit - begin) / 4; // a window is never cut to less than a quarter of its size
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= floor) {
            return paragraph + 2;
        }
        for (int i = limit - 2; i >= floor; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i + 1))
                    && Character.isUpperCase(text.charAt(Math.min(i + 2, text.length() - 1)))) {
                return i + 2;
            }
        }
        for (int i = limit - 1; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
