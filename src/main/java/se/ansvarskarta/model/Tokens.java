package se.ansvarskarta.model;

/**
 * A pull stream of the structure of a YAML or JSON model file: the one interface the {@link ModelReader} walks, so
 * both formats are read by the same code.
 */
interface Tokens extends AutoCloseable {

    enum Type { MAP_START, MAP_END, LIST_START, LIST_END, SCALAR, ALIAS, END }

    /** Moves to the next token. Throws {@link ModelSyntaxException} where the text is not well-formed. */
    Type next();

    /**
     * The current scalar as the format reads it: String, Long, Double, Boolean or null. A YAML plain scalar is
     * resolved by YAML 1.2's core schema.
     */
    Object value();

    /**
     * What a YAML 1.1 reader would make of the current plain scalar, if not text ({@code yes}, {@code 2023-04-12},
     * {@code 0x1F}...): {@code null} when it is text for every reader.
     */
    String nonTextReading();

    /** Whether the current token carries a YAML anchor. */
    boolean anchored();

    /** Line (from 1) of the current token. */
    int line();

    /** Column (from 1) of the current token. */
    int column();

    @Override
    void close();
}
