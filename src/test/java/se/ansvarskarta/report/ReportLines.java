package se.ansvarskarta.report;

import java.util.List;
import java.util.StringJoiner;

/** A report's rows as text lines over the named columns, for exact assertions in the report tests. */
final class ReportLines {

    private ReportLines() {
    }

    static List<String> of(Report report, String separator, String... columns) {
        return report.rows().stream().map(row -> {
            StringJoiner line = new StringJoiner(separator);
            for (String column : columns) {
                line.add(String.valueOf(row.get(report.columns().indexOf(column))));
            }
            return line.toString();
        }).toList();
    }
}
