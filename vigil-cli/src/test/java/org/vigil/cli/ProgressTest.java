package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.vigil.core.source.SourceFailure;

class ProgressTest {
    @Test
    void progressLines_giveOneLinePerFileRead_withTheRunsTotal() {
        StringWriter text = new StringWriter();
        Progress progress = Progress.create(new PrintWriter(text, true), Progress.Mode.LINES, OptionalLong.of(3));
        progress.sourceStarted("inbox");
        progress.documentRead("inbox/a.jsonl:1");
        progress.documentDone(1);
        progress.documentRead("inbox/a.jsonl:2");
        progress.documentDone(2);
        progress.failed(new SourceFailure("inbox/a.jsonl:3", "not valid JSON"));
        progress.documentRead("inbox/b.txt");
        progress.documentDone(3);
        progress.finished();

        assertThat(text.toString().lines()).hasSize(4);
        assertThat(text.toString().lines()).element(0).isEqualTo("reading inbox (3 documents in all)");
        assertThat(text.toString().lines()).element(1).isEqualTo("inbox/a.jsonl:3: not valid JSON");
        assertThat(text.toString().lines()).element(2).asString()
                .startsWith("inbox/a.jsonl: 2 documents; 2 of 3 documents (66%), ");
        assertThat(text.toString().lines()).element(3).asString()
                .startsWith("inbox/b.txt: 1 document; 3 of 3 documents (100%), ");
    }
}
