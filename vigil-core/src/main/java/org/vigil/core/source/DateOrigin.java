package org.vigil.core.source;

/**
 * Where a date came from, an article's or an event's: analysts must know how much to trust it. An article's is one
 * of METADATA .. NONE; an event's is RELATIVE, RELATIVE_WEEK, RELATIVE_MONTH or EXPLICIT when its sentence
 * dates it, else its article's.
 */
public enum DateOrigin {
    /** The source's own metadata: a JSONL field, a feed's published date, a WARC record date. */
    METADATA,
    /** Found in the page itself: a meta tag or a time element. */
    PAGE,
    /** Read from the article's dateline ("GAZA CITY, Sept. 7, 2004 -"), used only when the metadata has none. */
    DATELINE,
    /**
     * The file's modification time: written only by Vigil before store schema 3, which no longer takes it as a
     * publication date; kept so that such a Spark run can still be read (a store's rows are upgraded to NONE).
     */
    FILE_TIME,
    /**
     * Given by whoever ingested it ({@code --date}, or the middle of {@code --period}) for a corpus that carries
     * no dates: only for articles with no date of their own (or only a file time).
     */
    GIVEN,
    /** No date could be found. */
    NONE,
    /** An event's day said relative to its article's date in the sentence: "on Monday", "yesterday", "on Jan. 5". */
    RELATIVE,
    /**
     * An event's week, not its day, said relative to its article's date: "last week", "this week", "next week".
     * The date is that week's Monday, so the event is in the right week, and in no day but that week's first.
     */
    RELATIVE_WEEK,
    /**
     * An event's month, not its day, said relative to its article's date: "last month", "this month", "next
     * month". The date is that month's first day.
     */
    RELATIVE_MONTH,
    /** An event's day written out in full in the sentence: "on January 5, 2024". */
    EXPLICIT;

    /** Whether this is an event's date counted from its article's: only as good as the article's date. */
    public boolean countedFromArticle() {
        return this == RELATIVE || this == RELATIVE_WEEK || this == RELATIVE_MONTH;
    }
}
