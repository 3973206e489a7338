package se.ansvarskarta.model;

/** What a key of the model file holds. */
enum FieldType {
    /** Text that must not be read as a number, boolean or date. */
    TEXT,
    /** Text, or null/absent (a role's holder: absent means vacant). */
    OPTIONAL_TEXT,
    /** One of a fixed set of words. */
    ENUM,
    /** A whole number. */
    INT,
    /** A number. */
    NUMBER,
    /** An ISO date. */
    DATE,
    /** One id. */
    REF,
    /** A list of ids. */
    REFS,
    /** One id or a list of ids. */
    REF_OR_REFS,
    /** Levels per classification aspect, assessed date, note. */
    CLASSIFICATION,
    /** A list of strings. */
    TAGS,
    /** A map of names to strings, numbers or booleans. */
    ATTRIBUTES
}
