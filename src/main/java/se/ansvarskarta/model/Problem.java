package se.ansvarskarta.model;

/**
 * One problem found in a model file: where ({@code systems[3].dependsOn[1]}, counting from 0) and what, as a message
 * code of the messages bundle ({@code import.<code>}) with its arguments, rendered in the reader's language.
 */
public record Problem(String place, String code, Object... args) {
}
