package org.vigil.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * The article in an HTML page, shared by {@link HtmlSource}, {@link WarcSource} and {@link FeedSource}.
 *
 * <p>Metadata is read first: title from {@code og:title}, else {@code <title>}, else the first {@code <h1>};
 * date from the publication meta tags ({@code article:published_time}, {@code og:published_time},
 * {@code itemprop=datePublished}, {@code pubdate}, {@code date}, {@code DC.date.issued}, …), else
 * {@code datePublished} in JSON-LD, else a {@code <time datetime>} element; URL from
 * {@code <link rel=canonical>}, else {@code og:url}; publisher from {@code og:site_name}.
 *
 * <p>Then the page is stripped of navigation and furniture ({@code nav, header, footer, aside, script, style,
 * noscript, template, iframe, svg, form, button} and the matching ARIA roles) and of its {@code <h1>} (the
 * headline: it is the title, and the body should not say it twice), and the body is chosen: the
 * innermost {@code <article>} that holds the page's main block of paragraphs (the parent whose {@code <p>}
 * children hold the most text), else the largest {@code <article>} when it holds more text than that block,
 * else {@code <main>} by the same rule, else that block of paragraphs alone, else the whole body. Text keeps
 * paragraph breaks as blank lines.
 */
final class HtmlExtractor {
    /** What a page holds; any field but {@code text} may be null. */
    record Page(String title, String text, LocalDate date, String url, String siteName) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FURNITURE = "nav, header, footer, aside, script, style, noscript, template, "
            + "iframe, svg, form, button, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [hidden], h1";
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[property=og:article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=publish-date]", "meta[name=publication_date]", "meta[name=dc.date.issued]",
            "meta[name=dcterms.issued]", "meta[name=dc.date]", "meta[name=date]");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure",
            "figcaption", "address", "hr", "br", "body", "header", "footer", "details", "summary", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Set<String> BLOCK_OF_PARAGRAPHS = Set.of("p", "h2", "h3", "h4", "blockquote", "ul", "ol",
            "pre");

    private HtmlExtractor() {
    }

    /** Parses page bytes; {@code charset} may be null to detect it from a byte-order mark or meta tag. */
    static Document parse(byte[] bytes, String charset, String baseUri) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), supported(charset), baseUri == null ? "" : baseUri);
    }

    /** The charset name when this JVM knows it, else null (jsoup then detects it from the page). */
    private static String supported(String charset) {
        try {
            return charset != null && Charset.isSupported(charset.strip()) ? charset.strip() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads the page's metadata and article body. Removes the page furniture from {@code doc}. */
    static Page extract(Document doc) {
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title(),
                textOf(doc.selectFirst("h1")));
        LocalDate date = pageDate(doc);
        String url = firstNonBlank(httpUrl(doc.selectFirst("link[rel=canonical]"), "href"),
                httpUrl(doc.selectFirst("meta[property=og:url]"), "content"));
        String site = meta(doc, "meta[property=og:site_name]");
        doc.select(FURNITURE).remove();
        return new Page(title, bodyText(doc), date, url, site);
    }

    /** The text of an HTML fragment (a feed entry's description), paragraphs kept as blank lines. */
    static String fragmentText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, template, iframe, svg, form, button").remove();
        return blockText(doc.body());
    }

    // --- metadata

    private static LocalDate pageDate(Document doc) {
        for (String query : DATE_META) {
            LocalDate d = Dates.parse(meta(doc, query));
            if (d != null) {
                return d;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            LocalDate d = Dates.parse(jsonLdDate(script.data()));
            if (d != null) {
                return d;
            }
        }
        for (String query : List.of("time[pubdate][datetime]", "[itemprop=datePublished][datetime]",
                "article time[datetime]", "time[datetime]")) {
            Element time = doc.selectFirst(query);
            LocalDate d = time == null ? null : Dates.parse(time.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String jsonLdDate(String json) {
        try {
            return findField(JSON.readTree(json), "datePublished", 0);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String findField(JsonNode node, String field, int depth) {
        if (node == null || depth > 8) {
            return null;
        }
        if (node.isObject() && node.hasNonNull(field) && node.get(field).isValueNode()) {
            return node.get(field).asText();
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                String found = findField(child, field, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String meta(Document doc, String query) {
        Element e = doc.selectFirst(query);
        return e == null ? null : Documents.blankToNull(e.attr("content"));
    }

    private static String httpUrl(Element e, String attribute) {
        if (e == null) {
            return null;
        }
        String u = e.attr("abs:" + attribute);
        if (u.isBlank()) {
            u = e.attr(attribute);
        }
        u = u.strip();
        return u.startsWith("http://") || u.startsWith("https://") ? u : null;
    }

    // --- body

    private static String bodyText(Document doc) {
        Element cluster = paragraphBlock(doc);
        int clusterLength = cluster == null ? 0 : blockOfParagraphs(cluster).length();
        for (String container : List.of("article", "main")) {
            Element chosen = cluster == null ? null : cluster.closest(container);
            if (chosen == null) {
                Element largest = largest(doc.select(container));
                if (largest != null && largest.text().length() > clusterLength) {
                    chosen = largest;
                }
            }
            if (chosen != null) {
                return blockText(chosen);
            }
        }
        if (cluster != null) {
            return blockOfParagraphs(cluster);
        }
        return doc.body() == null ? "" : blockText(doc.body());
    }

    /** The element whose {@code <p>} children hold the most text, or null when the page has no paragraphs. */
    private static Element paragraphBlock(Document doc) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        Element best = null;
        int bestLength = 0;
        for (Element p : doc.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = lengths.merge(parent, p.text().length(), Integer::sum);
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }

    private static String blockOfParagraphs(Element parent) {
        List<String> parts = new ArrayList<>();
        for (Element child : parent.children()) {
            if (BLOCK_OF_PARAGRAPHS.contains(child.normalName())) {
                String t = blockText(child);
                if (!t.isEmpty()) {
                    parts.add(t);
                }
            }
        }
        return String.join("\n\n", parts);
    }

    private static Element largest(Elements elements) {
        Element best = null;
        int bestLength = -1;
        for (Element e : elements) {
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    /** The element's text with a blank line between blocks and white space collapsed inside them. */
    static String blockText(Element root) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(current, paragraphs);
                } else if (node instanceof Element e && CELLS.contains(e.normalName())) {
                    current.append(' ');
                }
            }
        });
        flush(current, paragraphs);
        return String.join("\n\n", paragraphs);
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
