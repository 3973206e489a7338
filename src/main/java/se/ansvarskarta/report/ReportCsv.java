package se.ansvarskarta.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV in UTF-8 with a byte order mark, so that Excel opens it with the right characters: {@code ;}
 * between fields by default (what Swedish Excel expects), or RFC 4180 commas.
 */
final class ReportCsv {

    private static final CSVFormat SEMICOLON = CSVFormat.RFC4180.builder().setDelimiter(';').get();
    private static final CSVFormat COMMA = CSVFormat.RFC4180;

    private ReportCsv() {
    }

    static byte[] write(Report report, boolean comma) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, comma ? COMMA : SEMICOLON)) {
            printer.printRecord(report.columns());
            for (List<String> row : report.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
