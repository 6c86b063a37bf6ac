package org.vigil.core.eval;

import java.util.Objects;

/** A gold event paired with the predicted event that matched it. */
public record Match(GoldEvent gold, Prediction predicted) {
    public Match {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
    }
}
