package org.vigil.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire copy opens with a dateline and a credit ("BAGHDAD (Reuters) - ", "AP - ", "Canadian Press - "): words the
 * parser would take for the subject of the first sentence. They are blanked with spaces, not cut, so that every
 * character offset, and so every evidence span, still points into the original text.
 */
public final class Datelines {
    /** "BAGHDAD (Reuters) - ", "KHARTOUM/NAIROBI (Reuters) - ", "UNITED NATIONS - ". */
    private static final Pattern PLACE_AND_CREDIT = Pattern.compile(
            "\\A\\s*[A-Z][A-Z .,'/-]{1,40}?\\s*(?:\\([^()\\n]{1,30}\\))?\\s*[-\u2013\u2014]{1,2}\\s+");
    /** "AP - ", "AFP - ", "Canadian Press - ": at most three capitalised words before a dash. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\A\\s*(?:[A-Z][A-Za-z.]*\\s){0,2}[A-Z][A-Za-z.]*\\s+[-\u2013\u2014]{1,2}\\s+");

    private Datelines() {
    }

    /** The text with a leading dateline and credit replaced by spaces; the same length as the input. */
    public static String blank(String text) {
        String out = text;
        for (Pattern p : new Pattern[] {CREDIT, PLACE_AND_CREDIT}) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = " ".repeat(m.end()) + out.substring(m.end());
            }
        }
        return out;
    }
}
