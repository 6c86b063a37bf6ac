package org.vigil.core.cameo;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.core.dictionary.TsvLine;

/** Every CAMEO code Vigil knows, by number. */
public final class CameoOntology {
    private final Map<String, CameoCode> byCode;

    private CameoOntology(Map<String, CameoCode> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** Builds the ontology from {@code cameo.tsv} lines: code, name, goldstein, quad_class, plover. */
    public static CameoOntology fromLines(List<TsvLine> lines) {
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (TsvLine line : lines) {
            try {
                CameoCode code = new CameoCode(line.get(0), line.get(1), Double.parseDouble(line.get(2)),
                        Integer.parseInt(line.get(3)), line.optional(4));
                if (codes.put(code.code(), code) != null) {
                    throw line.error("duplicate code " + code.code());
                }
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        return new CameoOntology(codes);
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public CameoCode get(String code) {
        CameoCode found = byCode.get(code);
        if (found == null) {
            throw new IllegalArgumentException("unknown CAMEO code: '" + code + "'");
        }
        return found;
    }

    public Collection<CameoCode> all() {
        return byCode.values();
    }
}
