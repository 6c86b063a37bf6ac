package org.vigil.core.dictionary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.vigil.core.verbs.TriggerPattern;

/**
 * Writes entries in Vigil's format (docs/dictionaries.md), one file per kind that has entries, each with its
 * column header, so that converted dictionaries can be read, reviewed and edited like the built-in ones and read
 * back by {@link Dictionaries#readAdditions}.
 */
public final class DictionaryWriter {
    private DictionaryWriter() {
    }

    /** Writes the files and returns, per file written, how many entries it holds. */
    public static Map<String, Integer> write(Additions entries, Path folder, String origin) {
        Map<String, Integer> written = new LinkedHashMap<>();
        file(written, folder, origin, "countries.tsv", "code\tnames\tadjectives\tdemonyms\tcapitals",
                entries.countries(), c -> c.code() + "\t" + list(c.names()) + "\t" + list(c.adjectives()) + "\t"
                        + list(c.demonyms()) + "\t" + list(c.capitals()));
        file(written, folder, origin, "organizations.tsv", "actor\tnames\tkind\tanaphors", entries.organizations(),
                o -> actor(o.entity(), o.role()) + "\t" + list(o.names()) + "\t" + o.kind() + "\t" + list(o.anaphors()));
        file(written, folder, origin, "people.tsv", "names\tactor\tfrom\tto\toffice", entries.people(),
                p -> list(p.names()) + "\t" + actor(p.entity(), p.role()) + "\t" + date(p.from()) + "\t"
                        + date(p.to()) + "\t" + p.office());
        file(written, folder, origin, "roles.tsv", "phrase\trole\tanaphor", entries.roles(),
                r -> String.join(" ", r.lemmas()) + "\t" + r.role() + "\t" + (r.refersToPerson() ? "person" : "-"));
        file(written, folder, origin, "places.tsv", "names\tcountry\tkind", entries.places(),
                p -> list(p.names()) + "\t" + p.country() + "\t" + p.kind());
        file(written, folder, origin, "verbs.tsv", "code\tpos\tpattern\toptions", entries.verbs(),
                DictionaryWriter::verb);
        return written;
    }

    private static <T> void file(Map<String, Integer> written, Path folder, String origin, String name,
                                 String columns, List<T> entries, Function<T, String> line) {
        if (entries.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# " + name + " (docs/dictionaries.md): " + origin);
        lines.add("# " + columns);
        entries.forEach(e -> lines.add(line.apply(e)));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(folder.resolve(name) + ": cannot be written", e);
        }
        written.put(name, entries.size());
    }

    static String verb(TriggerPattern p) {
        StringBuilder pattern = new StringBuilder(p.lemma());
        p.markers().forEach(m -> pattern.append(' ').append(alternatives(m)));
        if (!p.objects().isEmpty()) {
            pattern.append(" {").append(alternatives(p.objects())).append('}');
        }
        if (!p.clauses().isEmpty()) {
            pattern.append(" >").append(alternatives(p.clauses()));
        }
        if (!p.judgements().isEmpty()) {
            pattern.append(" =").append(alternatives(p.judgements()));
        }
        List<String> options = new ArrayList<>();
        for (TriggerPattern.Option o : TriggerPattern.Option.values()) {
            if (p.has(o)) {
                options.add(o.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        if (p.impliedAgent() != null) {
            options.add("agent=" + p.impliedAgent());
        }
        return p.code().code() + "\t" + (p.noun() ? "N" : "V") + "\t" + pattern + "\t"
                + (options.isEmpty() ? "-" : String.join(",", options));
    }

    /** Sets are written sorted, so that the same entries always give the same file. */
    private static String alternatives(Set<String> words) {
        return String.join("|", new TreeSet<>(words));
    }

    private static String list(Collection<String> values) {
        return values.isEmpty() ? "-" : String.join("|", values);
    }

    private static String actor(String entity, String role) {
        return role == null ? entity : entity + ":" + role;
    }

    private static String date(LocalDate date) {
        return date == null ? "-" : date.toString();
    }
}
