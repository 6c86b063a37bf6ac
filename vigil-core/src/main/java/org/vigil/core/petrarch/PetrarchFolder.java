package org.vigil.core.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.vigil.core.cameo.CameoOntology;
import org.vigil.core.dictionary.Additions;
import org.vigil.core.dictionary.DictionaryException;

/**
 * A folder of PETRARCH/TABARI dictionaries, read into Vigil's entries. Files are told apart by name:
 * {@code *actors*.txt}, {@code *agents*.txt}, and {@code *verbs*.txt} or {@code CAMEO*.txt} (PETRARCH's verb
 * dictionary); other files (discards, issues) are named in the report as not read.
 */
public final class PetrarchFolder {
    private PetrarchFolder() {
    }

    /** The entries and the report of what was taken and left out. */
    public record Loaded(Additions additions, LoadReport report) {
    }

    /** True when the folder holds PETRARCH dictionaries (a {@code .txt} actor, agent or verb file). */
    public static boolean holdsPetrarch(Path folder) {
        return files(folder).stream().anyMatch(f -> kind(f) != null);
    }

    public static Loaded load(Path folder, CameoOntology cameo) {
        LoadReport report = new LoadReport();
        Additions additions = Additions.NONE;
        for (Path file : files(folder)) {
            String kind = kind(file);
            List<SourceLines.Line> lines = kind == null ? List.of() : SourceLines.read(file);
            if (kind == null) {
                report.leaveOut("files", "not an actor, agent or verb dictionary (" + file.getFileName() + ")");
            } else if (kind.equals(ActorsReader.KIND)) {
                additions = additions.plus(new ActorsReader(report).read(lines));
            } else if (kind.equals(AgentsReader.KIND)) {
                additions = additions.plus(new Additions(List.of(), List.of(), List.of(),
                        new AgentsReader(report).read(lines), List.of(), List.of()));
            } else {
                additions = additions.plus(new Additions(List.of(), List.of(), List.of(), List.of(), List.of(),
                        new VerbsReader(cameo, report).read(lines)));
            }
        }
        return new Loaded(additions, report);
    }

    private static String kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt")) {
            return null;
        }
        if (name.contains("actors")) {
            return ActorsReader.KIND;
        }
        if (name.contains("agents")) {
            return AgentsReader.KIND;
        }
        return name.contains("verbs") || name.startsWith("cameo") ? VerbsReader.VERBS : null;
    }

    /** The folder's regular files in name order, so that loading is the same on every machine. */
    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DictionaryException(folder.toString(), "cannot be listed", e);
        }
    }
}
