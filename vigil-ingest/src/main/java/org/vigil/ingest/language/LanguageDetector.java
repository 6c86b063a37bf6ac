package org.vigil.ingest.language;

/** Which language a text is written in. Implementations are thread-safe. */
public interface LanguageDetector {
    /** The code for "cannot tell": the text is too short or too mixed. */
    String UNDETERMINED = "und";

    /**
     * The language of a text.
     *
     * @return an ISO 639-3 code ("eng", "rus", "deu"), or {@link #UNDETERMINED} ("und") when the text is too short
     *         or ambiguous to tell
     */
    String detect(String text);
}
