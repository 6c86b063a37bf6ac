package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.core.dictionary.Dictionaries;
import org.vigil.core.dictionary.DictionaryWriter;
import org.vigil.core.petrarch.PetrarchFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code vigil dictionaries}: work on dictionary folders. */
@Command(name = "dictionaries",
        mixinStandardHelpOptions = true,
        description = "Work on dictionary folders (docs/dictionaries.md).",
        subcommands = {DictionariesCommand.Convert.class})
final class DictionariesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: convert");
    }

    /** {@code vigil dictionaries convert PETRARCH_DIR OUT_DIR}. */
    @Command(name = "convert",
            mixinStandardHelpOptions = true,
            description = "Write PETRARCH/TABARI dictionaries (*actors*.txt, *agents*.txt, *verbs*.txt) in Vigil's "
                    + "format (countries.tsv, organizations.tsv, people.tsv, roles.tsv, verbs.tsv), with a summary "
                    + "of what was taken and left out. Files in OUT_DIR of those names are replaced.")
    static final class Convert implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "PETRARCH_DIR", description = "Folder of PETRARCH dictionaries.")
        Path from;

        @Parameters(index = "1", paramLabel = "OUT_DIR", description = "Folder to write Vigil's files into.")
        Path to;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (!Files.isDirectory(from) || !PetrarchFolder.holdsPetrarch(from)) {
                throw new CommandLine.ParameterException(spec.commandLine(), from
                        + ": not a folder of PETRARCH dictionaries (*actors*.txt, *agents*.txt, *verbs*.txt)");
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PetrarchFolder.Loaded loaded = PetrarchFolder.load(from, Dictionaries.loadDefault().cameo());
            loaded.report().problems().forEach(err::println);
            Map<String, Integer> written = DictionaryWriter.write(loaded.additions(), to,
                    "converted from the PETRARCH dictionaries in " + from.getFileName() + " by vigil dictionaries convert");
            loaded.report().summary().forEach(out::println);
            written.forEach((file, entries) -> out.println(entries + " entries written to " + to.resolve(file)));
            out.flush();
            return 0;
        }
    }
}
