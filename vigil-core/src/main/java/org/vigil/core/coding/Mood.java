package org.vigil.core.coding;

/** Whether a clause reports what happened, what an actor says it will do, or nothing that happened. */
enum Mood {
    /** It happened (or was said, demanded, threatened: speech acts are facts). */
    FACT,
    /** Announced for the future: "will visit", "said it would allow". Coded as intent or threat. */
    FUTURE,
    /** Negated, hypothetical, conditional or merely wished-for: not an event. */
    UNREAL
}
