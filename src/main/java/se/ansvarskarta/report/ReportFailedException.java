package se.ansvarskarta.report;

/** A report that exists but cannot be run: a broken user file, a Cypher error, a timeout. */
public class ReportFailedException extends RuntimeException {

    private final String name;
    private final String reason;

    ReportFailedException(String name, String reason) {
        super("Report '" + name + "' failed: " + reason);
        this.name = name;
        this.reason = reason;
    }

    public String name() {
        return name;
    }

    public String reason() {
        return reason;
    }
}
