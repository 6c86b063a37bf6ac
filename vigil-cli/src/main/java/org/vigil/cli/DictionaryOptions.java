package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.vigil.core.dictionary.Additions;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.petrarch.PetrarchFolder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --dictionaries DIR} / {@code --only-dictionaries}: a user's folder of dictionaries, in Vigil's format
 * ({@code *.tsv}) or PETRARCH's ({@code *.txt}, told apart by name), added to the built-in ones or used alone.
 */
final class DictionaryOptions {
    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Folder of dictionaries to add to the built-in ones: Vigil's files (people.tsv, "
                    + "organizations.tsv, countries.tsv, roles.tsv, places.tsv, verbs.tsv) or PETRARCH's "
                    + "(*actors*.txt, *agents*.txt, *verbs*.txt); see docs/dictionaries.md.")
    Path folder;

    @Option(names = "--only-dictionaries",
            description = "With --dictionaries: use that folder's entries instead of the built-in ones "
                    + "(the CAMEO ontology stays).")
    boolean only;

    /** Bad usage shows before anything loads. */
    void check(CommandLine commandLine) {
        if (only && folder == null) {
            throw new CommandLine.ParameterException(commandLine, "--only-dictionaries needs --dictionaries DIR");
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(commandLine,
                    "--dictionaries " + folder + ": not a folder");
        }
    }

    /** The engine on the chosen dictionaries (the factory's own when none were chosen); a summary goes to err. */
    Engine engine(Engine.Factory engines, PrintWriter err) {
        if (folder == null) {
            return engines.create();
        }
        Dictionaries builtIn = Dictionaries.loadDefault();
        Additions additions;
        if (PetrarchFolder.holdsPetrarch(folder)) {
            PetrarchFolder.Loaded loaded = PetrarchFolder.load(folder, builtIn.cameo());
            loaded.report().problems().forEach(err::println);
            loaded.report().summary().forEach(line -> err.println("dictionaries: " + line));
            additions = loaded.additions();
        } else {
            additions = builtIn.readAdditions(folder);
        }
        return engines.create().with(builtIn.with(additions, only));
    }
}
