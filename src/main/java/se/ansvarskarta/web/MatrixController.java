package se.ansvarskarta.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.ansvarskarta.api.NotFoundException;
import se.ansvarskarta.graph.Aspect;
import se.ansvarskarta.web.ResponsibilityMatrix.Cell;
import se.ansvarskarta.web.ResponsibilityMatrix.Holder;
import se.ansvarskarta.web.ResponsibilityMatrix.Row;

/**
 * The responsibility matrix as JSON (for the explorer), CSV and Excel; {@code ?organisation=} keeps the rows the
 * organisation is involved in, {@code ?lang=} picks the language of headers and cell texts (Swedish by default).
 */
@RestController
class MatrixController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ResponsibilityMatrix matrix;
    private final MessageSource messages;

    MatrixController(ResponsibilityMatrix matrix, MessageSource messages) {
        this.matrix = matrix;
        this.messages = messages;
    }

    @GetMapping("/api/matrix")
    List<Row> json(@RequestParam(required = false) String organisation) {
        return matrix.rows(organisation);
    }

    @GetMapping("/api/matrix.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String organisation,
                               @RequestParam(required = false) String lang,
                               @RequestParam(required = false) String separator) throws IOException {
        Locale locale = Languages.locale(lang);
        StringWriter out = new StringWriter();
        // Semicolons like the reports' CSV, which Swedish Excel opens as columns; ?separator=comma for RFC 4180.
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter("comma".equals(separator) ? ',' : ';').get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header(locale));
            for (List<String> record : records(matrix.rows(organisation), locale)) {
                printer.printRecord(record);
            }
        }
        // A byte-order mark so that Excel opens the UTF-8 file with å, ä and ö intact.
        byte[] body = ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
        return download(body, fileName(organisation, "csv"), new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/api/matrix.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String organisation,
                                @RequestParam(required = false) String lang) throws IOException {
        Locale locale = Languages.locale(lang);
        List<Row> rows = matrix.rows(organisation);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(text("explorer.matrix.sheet", locale));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle problem = book.createCellStyle();
            problem.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            problem.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            problem.setWrapText(true);
            CellStyle wrap = book.createCellStyle();
            wrap.setWrapText(true);
            List<String> header = header(locale);
            var head = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                var cell = head.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(bold);
            }
            List<List<String>> records = records(rows, locale);
            for (int r = 0; r < records.size(); r++) {
                var row = sheet.createRow(r + 1);
                List<String> record = records.get(r);
                for (int c = 0; c < record.size(); c++) {
                    var cell = row.createCell(c);
                    cell.setCellValue(record.get(c));
                    boolean isProblem = c >= 3 && (c - 3) % 2 == 1 && !record.get(c).isEmpty();
                    cell.setCellStyle(isProblem ? problem : wrap);
                }
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, records.size(), 0, header.size() - 1));
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, c == 0 ? 20 * 256 : (c == 1 || (c - 3) % 2 == 0 ? 40 * 256 : 14 * 256));
            }
            book.write(out);
            return download(out.toByteArray(), fileName(organisation, "xlsx"), XLSX);
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }

    /** id, name, kind, then per aspect the holders and the problem. */
    private List<String> header(Locale locale) {
        List<String> header = new ArrayList<>(List.of(text("explorer.matrix.id", locale),
                text("explorer.matrix.name", locale), text("explorer.matrix.kind", locale)));
        for (Aspect aspect : Aspect.values()) {
            String name = text("explorer.aspect." + aspect.key(), locale);
            header.add(name);
            header.add(name + " – " + text("explorer.matrix.problem", locale));
        }
        return header;
    }

    private List<List<String>> records(List<Row> rows, Locale locale) {
        List<List<String>> records = new ArrayList<>();
        for (Row row : rows) {
            List<String> record = new ArrayList<>(List.of(row.id(), row.name(),
                    text("explorer.kind." + row.kind(), locale)));
            for (Aspect aspect : Aspect.values()) {
                Cell cell = row.cells().get(aspect);
                record.add(cell.holders().stream().map(h -> holder(h, locale)).collect(Collectors.joining("; ")));
                record.add(cell.problem() == null ? "" : text("explorer.problem." + cell.problem(), locale));
            }
            records.add(record);
        }
        return records;
    }

    /** "Organisation: role" with the vacancy marked, as on a printed gränsdragningslista. */
    private String holder(Holder h, Locale locale) {
        String text = (h.organisation() == null ? "?" : h.organisation()) + ": " + h.role();
        return h.vacant() ? text + " (" + text("explorer.vacant", locale) + ")" : text;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String fileName(String organisation, String extension) {
        String suffix = organisation == null || organisation.isBlank() ? "" : "-" + organisation.replaceAll("[^A-Za-z0-9_.-]", "");
        return "gransdragningslista" + suffix + "." + extension;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
