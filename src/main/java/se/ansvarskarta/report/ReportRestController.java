package se.ansvarskarta.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.ansvarskarta.api.BadRequestException;
import se.ansvarskarta.api.QueryDates;

/**
 * {@code GET /api/reports} (the list) and {@code GET /api/reports/{name}?asOf=YYYY-MM-DD}: JSON
 * {@code {name, columns, rows}}, or CSV with {@code Accept: text/csv} or a name ending in {@code .csv}
 * ({@code ;}-separated UTF-8 with BOM; {@code ?separator=comma} for RFC 4180 commas).
 */
@RestController
class ReportRestController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ReportCatalog catalog;
    private final ReportRunner runner;
    private final MessageSource messages;

    ReportRestController(ReportCatalog catalog, ReportRunner runner, MessageSource messages) {
        this.catalog = catalog;
        this.runner = runner;
        this.messages = messages;
    }

    @GetMapping("/api/reports")
    List<ReportInfo> list(Locale locale) {
        return catalog.all().stream().map(r -> ReportInfo.of(r, locale)).toList();
    }

    @GetMapping("/api/reports/{name}")
    ResponseEntity<?> run(@PathVariable String name, @RequestParam(required = false) String asOf,
                          @RequestParam(required = false) String separator,
                          @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept, Locale locale) {
        boolean csv = wantsCsv(accept);
        if (name.endsWith(".csv")) {
            csv = true;
            name = name.substring(0, name.length() - 4);
        } else if (name.endsWith(".json")) {
            csv = false;
            name = name.substring(0, name.length() - 5);
        }
        boolean comma = comma(separator, locale);
        Report report = runner.run(name, QueryDates.parse(asOf, messages, locale));
        if (!csv) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", report.name());
            body.put("columns", report.columns());
            body.put("rows", report.rows());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.name() + ".csv").build().toString())
                .body(ReportCsv.write(report, comma));
    }

    private static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> "text".equals(m.getType()) && "csv".equals(m.getSubtype()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean comma(String separator, Locale locale) {
        if (separator == null || separator.isBlank() || separator.equals("semicolon") || separator.equals(";")) {
            return false;
        }
        if (separator.equals("comma") || separator.equals(",")) {
            return true;
        }
        throw new BadRequestException(messages.getMessage("report.badSeparator", new Object[] {separator}, locale));
    }

    @ExceptionHandler(UnknownReportException.class)
    ResponseEntity<Map<String, Object>> unknown(UnknownReportException e, Locale locale) {
        return error(HttpStatus.NOT_FOUND, messages.getMessage("report.unknown", new Object[] {e.name()}, locale));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ReportFailedException.class)
    ResponseEntity<Map<String, Object>> failed(ReportFailedException e, Locale locale) {
        return error(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("report.failed", new Object[] {e.name(), e.reason()}, locale));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
