package se.ansvarskarta.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import se.ansvarskarta.projection.ProjectionService;

/** {@code POST /api/import}, {@code GET /api/export} and {@code POST /api/admin/derived}. */
@RestController
class ModelController {

    private final ModelService models;
    private final ProblemMessages messages;
    private final ProjectionService projections;

    ModelController(ModelService models, ProblemMessages messages, ProjectionService projections) {
        this.models = models;
        this.messages = messages;
        this.projections = projections;
    }

    @PostMapping("/api/import")
    ResponseEntity<Map<String, Object>> importModel(HttpServletRequest request) throws IOException {
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new ModelRejectedException(400, List.of(new Problem("file", "missingKey", "file")), 1);
            }
            ModelFormat format = ModelFormat.ofMediaType(file.getContentType());
            if (format == null) {
                format = ModelFormat.ofFileName(String.valueOf(file.getOriginalFilename()));
            }
            try (InputStream in = file.getInputStream()) {
                return imported(models.importModel(in, format));
            }
        }
        ModelFormat format = ModelFormat.ofMediaType(request.getContentType());
        if (format == null) {
            throw new ModelRejectedException(415,
                    List.of(new Problem("", "unsupportedMediaType", String.valueOf(request.getContentType()))), 1);
        }
        try (InputStream in = request.getInputStream()) {
            return imported(models.importModel(in, format));
        }
    }

    private static ResponseEntity<Map<String, Object>> imported(int nodes) {
        return ResponseEntity.ok(Map.of("imported", nodes));
    }

    @GetMapping("/api/export")
    void export(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                HttpServletResponse response) throws IOException {
        boolean json = accept != null && accept.contains("json") && !accept.contains("yaml");
        response.setContentType(json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"ansvarskarta-model." + (json ? "json" : "yaml") + "\"");
        models.export(response.getOutputStream(), json ? ModelFormat.JSON : ModelFormat.YAML);
    }

    /** Admins: recompute the analyses' derived values that the reports read (after a manual change in Neo4j). */
    @PostMapping("/api/admin/derived")
    ResponseEntity<Map<String, Object>> rederive() {
        projections.rederive();
        return ResponseEntity.ok(Map.of("recomputed", true));
    }

    @ExceptionHandler(ModelRejectedException.class)
    ResponseEntity<Map<String, Object>> rejected(ModelRejectedException e, Locale locale) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON).body(messages.body(e, locale));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return rejected(new ModelRejectedException(413, List.of(new Problem("file", "tooLarge",
                String.valueOf(e.getMaxUploadSize()))), 1), locale);
    }
}
