package org.vigil.ingest.source;

import java.time.LocalDate;
import org.vigil.core.model.Article;
import org.vigil.core.model.ArticleIds;
import org.vigil.core.source.DateOrigin;
import org.vigil.core.source.SourceDocument;
import org.vigil.core.source.SourceFailure;
import org.vigil.core.source.SourceItem;

/** The one place a source turns what it read into a document: blank text, the size limit and the date range are checked here. */
final class Documents {
    private Documents() {
    }

    /**
     * A document, or a failure when the text is blank or larger than {@link ReadLimits#documentBytes()}.
     *
     * @param id     the id the input gives, or null to derive it from the URL or the text
     * @param url    the article's URL, or null
     * @param date   the day, or null (the origin is then {@link DateOrigin#NONE})
     * @param source the publisher or feed, or null
     * @param input  where it was read, for messages
     */
    static SourceItem of(String id, String url, String title, LocalDate date, DateOrigin origin, String text,
                         String source, String input) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            return new SourceFailure(input, "no text");
        }
        if (date != null && Dates.outsideRange(date) != null) {
            return new SourceFailure(input, Dates.outsideRange(date));
        }
        long size = TextBytes.utf8Length(body);
        if (size > ReadLimits.current().documentBytes()) {
            return tooLarge(input, size);
        }
        String u = blankToNull(url);
        String articleId = id == null || id.isBlank() ? ArticleIds.of(u, body) : id.strip();
        String t = title == null ? null : blankToNull(title.replaceAll("[\\s\\u00A0]+", " "));
        Article article = new Article(articleId, u, t, date, body);
        return new SourceDocument(article, blankToNull(source), date == null ? DateOrigin.NONE : origin, input);
    }

    static SourceFailure tooLarge(String input, long bytes) {
        long limit = ReadLimits.current().documentBytes();
        String max = limit % (1024 * 1024) == 0 ? limit / (1024 * 1024) + " MB" : TextBytes.megabytes(limit);
        return new SourceFailure(input, "document too large (" + TextBytes.megabytes(bytes) + " > " + max
                + ", see --max-document)");
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
