package se.ansvarskarta.report;

/** A report name that the catalogue does not know (or a broken report): 404 / NOT_FOUND. */
public class UnknownReportException extends RuntimeException {

    private final String name;

    UnknownReportException(String name) {
        super("No report named '" + name + "'");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
