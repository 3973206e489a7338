package se.ansvarskarta.model;

/** The file is not well-formed YAML or JSON: reading stops at the first such place. */
final class ModelSyntaxException extends RuntimeException {

    private final int line;
    private final int column;

    ModelSyntaxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
