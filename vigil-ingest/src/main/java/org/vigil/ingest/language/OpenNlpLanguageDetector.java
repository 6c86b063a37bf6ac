package org.vigil.ingest.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Placeholder for measurement; see the final version. */
public final class OpenNlpLanguageDetector implements LanguageDetector {
    private final LanguageDetectorModel model;
    private final LanguageDetectorME me;

    public OpenNlpLanguageDetector() {
        try (InputStream in = OpenNlpLanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        me = new LanguageDetectorME(model);
    }

    public LanguageDetectorModel model() {
        return model;
    }

    @Override
    public String detect(String text) {
        Language[] l = me.predictLanguages(text);
        return l[0].getLang();
    }
}
