package org.vigil.ingest.source;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The DOCTYPE of a feed, as the XML parser may see it. The parser refuses every DOCTYPE, because one that declares
 * entities can read local files or the network (XXE) or expand without bound. But RSS 0.91 feeds carry Netscape's
 * {@code <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/…">}, which
 * only names an external DTD and declares nothing: such a DOCTYPE is dropped before parsing, never fetched, and
 * the HTML entities that DTD would have declared ({@code &eacute;}) become character references. A DOCTYPE with an
 * internal subset ({@code [ <!ENTITY … > ]}) is left for the parser to refuse.
 */
final class FeedDoctype {
    /** XML declaration and comments, then a DOCTYPE with an external id and no internal subset. */
    private static final Pattern EXTERNAL_ONLY = Pattern.compile("\\A(\\uFEFF?\\s*(?:<\\?xml[^>]*\\?>)?"
            + "(?:\\s*<!--(?:[^-]|-(?!->))*-->)*)\\s*<!DOCTYPE\\s+[\\w:.-]+\\s+"
            + "(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s+|SYSTEM\\s+)(?:\"[^\"]*\"|'[^']*')\\s*>");
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");

    private FeedDoctype() {
    }

    /** The feed without an external-only DOCTYPE and with HTML entities as character references, else unchanged. */
    static String withoutExternalDoctype(String xml) {
        Matcher m = EXTERNAL_ONLY.matcher(xml);
        if (!m.lookingAt()) {
            return xml;
        }
        return m.group(1) + htmlEntitiesAsReferences(xml.substring(m.end()));
    }

    private static String htmlEntitiesAsReferences(String body) {
        return NAMED_ENTITY.matcher(body).replaceAll(r -> {
            String name = r.group(1);
            if (XML_ENTITIES.contains(name) || !Entities.isNamedEntity(name)) {
                return Matcher.quoteReplacement(r.group());
            }
            StringBuilder references = new StringBuilder();
            Entities.getByName(name).codePoints().forEach(c -> references.append("&#").append(c).append(';'));
            return references.toString();
        });
    }
}
