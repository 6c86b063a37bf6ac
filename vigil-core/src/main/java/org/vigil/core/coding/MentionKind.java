package org.vigil.core.coding;

/** What kind of words named an actor; decides how the mention composes and what a pronoun may point to. */
enum MentionKind {
    /** A person in the people dictionary, coded by the article's date. */
    PERSON,
    /** A named organisation or group. */
    ORGANIZATION,
    /** A state's name. */
    STATE,
    /** A capital or seat of power standing for the government ("Moscow said"). */
    CAPITAL,
    /** A state's adjective, modifying something ("Russian forces"). */
    ADJECTIVE,
    /** A noun for a state's people ("Ukrainians"). */
    DEMONYM,
    /** A city, region or territory of a state. */
    PLACE,
    /** An agent noun giving a role ("troops", "the president"). */
    ROLE,
    /** A noun that refers back to an organisation named earlier ("the alliance"). */
    ORGANIZATION_ANAPHOR
}
