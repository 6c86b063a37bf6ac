package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus of the main job: each bad input gets one clear line naming it, the batch goes on, nothing
 * already stored is harmed, and the exit status says something failed.
 */
class IngestBadInputIT {
    private static final String GOOD = "{\"id\": \"good-1\", \"date\": \"2024-03-05\", "
            + "\"text\": \"Russian artillery shelled Kharkiv on Tuesday.\"}";

    @Test
    void everyBadInputIsNamedAndTheRestIsStored(@TempDir Path tmp) throws IOException, Exception {
        Path data = tmp.resolve("store");
        Path first = write(tmp.resolve("first.jsonl"), GOOD + "\n");
        assertThat(Run.of("ingest", first.toString(), "--data", data.toString()).status()).isZero();
        List<String> before = StoreProbe.contents(data);

        List<String> inputs = new ArrayList<>();
        Path empty = write(tmp.resolve("empty.txt"), "");
        Path binary = tmp.resolve("binary.txt");
        Files.write(binary, new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, (byte) 0xff, (byte) 0xfe, 0, 1, 2, 3});
        Path truncated = tmp.resolve("truncated.jsonl.gz");
        byte[] gz = gzip((GOOD.replace("good-1", "gz-1") + "\n").repeat(200));
        Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 2));
        Path malformed = write(tmp.resolve("malformed.jsonl"), "{\"id\": \"broken\", \"text\": \n"
                + "{\"id\": \"good-2\", \"date\": \"2024-03-06\", \"text\": \"France and Germany condemned Iran.\"}\n");
        Path huge = write(tmp.resolve("huge.txt"), "Talks went on. ".repeat(700_000));
        Path russian = write(tmp.resolve("russian.txt"), "Президент Белоруссии Александр Лукашенко предложил "
                + "принять декларацию о недопустимости размещения ракет средней дальности в Европе. "
                + "Министры иностранных дел обсудили вопросы региональной безопасности.");
        Path notFeed = write(tmp.resolve("feed.xml"), "this is not xml at all {");
        String deadUrl = "http://127.0.0.1:" + closedPort() + "/feed.xml";
        for (Path p : List.of(empty, binary, truncated, malformed, huge, russian, notFeed)) {
            inputs.add(p.toString());
        }
        inputs.add(deadUrl);

        List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString()));
        args.addAll(inputs);
        Run run = Run.of(args.toArray(String[]::new));

        assertThat(run.status()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).anySatisfy(l -> assertThat(l).startsWith(empty.toString()).contains("empty"))
                .anySatisfy(l -> assertThat(l).startsWith(binary.toString()).contains("binary"))
                .anySatisfy(l -> assertThat(l).startsWith(truncated.toString()).contains("truncated"))
                .anySatisfy(l -> assertThat(l).startsWith(malformed + ":1:"))
                .anySatisfy(l -> assertThat(l).startsWith(huge.toString()).contains("too large"))
                .anySatisfy(l -> assertThat(l).startsWith(notFeed.toString()))
                .anySatisfy(l -> assertThat(l).startsWith(deadUrl).contains("did not answer"));
        assertThat(run.out()).contains("skipped language=rus");
        List<String> after = StoreProbe.contents(data);
        assertThat(after).containsAll(before);
        assertThat(after).anySatisfy(row -> assertThat(row).startsWith("article good-2 coded"));
    }

    private static Path write(Path p, String text) throws IOException {
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A port nothing listens on: taken, then given back. */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
