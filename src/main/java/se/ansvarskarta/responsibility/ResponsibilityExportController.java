package se.ansvarskarta.responsibility;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import se.ansvarskarta.api.BadRequestException;
import se.ansvarskarta.api.NotFoundException;
import se.ansvarskarta.api.QueryDates;
import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.projection.Projection;
import se.ansvarskarta.projection.ProjectionService;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole-model answers of {@code gaps} and {@code boundaries} as one JSON array each, written straight from the
 * analysis as it is serialised: {@code GET /api/gaps} and {@code GET /api/boundaries?asOf=&organisation=}. Same
 * fields and order as the GraphQL types with every field selected; for downloads and scripts that want all of a
 * national model's boundaries (a GraphQL answer of that size pays graphql-java's cost for each of millions of fields).
 */
@RestController
class ResponsibilityExportController {

    /** Leaves the response stream open: the servlet container ends the chunked body itself. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final ProjectionService projections;
    private final MessageSource messages;

    ResponsibilityExportController(ProjectionService projections, MessageSource messages) {
        this.projections = projections;
        this.messages = messages;
    }

    @GetMapping(value = "/api/gaps", produces = MediaType.APPLICATION_JSON_VALUE)
    StreamingResponseBody gaps() {
        Projection p = projections.current();
        List<Gaps.Gap> gaps = Gaps.of(p);
        return out -> write(out, json -> {
            for (Gaps.Gap g : gaps) {
                json.writeStartObject();
                node(json, "node", p, g.node());
                json.writeStringProperty("aspect", g.aspect().name());
                json.writeStringProperty("problem", g.problem().name());
                nodes(json, "roles", p, g.roles());
                json.writeEndObject();
            }
        });
    }

    @GetMapping(value = "/api/boundaries", produces = MediaType.APPLICATION_JSON_VALUE)
    StreamingResponseBody boundaries(@RequestParam(required = false) String organisation,
                                     @RequestParam(required = false) String asOf, Locale locale) {
        LocalDate day = QueryDates.parse(asOf, messages, locale);
        Projection p = projections.current();
        int org = -1;
        if (organisation != null && !organisation.isBlank()) {
            org = p.indexOf(organisation);
            if (org < 0) {
                throw new NotFoundException(organisation);
            }
            if (p.kind(org) != Kind.ORGANISATION) {
                throw new BadRequestException(messages.getMessage("export.notAnOrganisation",
                        new Object[] {organisation}, locale));
            }
        }
        List<Boundaries.Boundary> boundaries = Boundaries.of(p, day == null ? LocalDate.now() : day, org);
        return out -> write(out, json -> {
            for (Boundaries.Boundary b : boundaries) {
                json.writeStartObject();
                json.writeStringProperty("kind", b.kind().name());
                node(json, "node", p, b.node());
                node(json, "dependsOn", p, b.dependsOn());
                nodes(json, "organisations", p, b.organisations());
                json.writeBooleanProperty("covered", b.covered());
                nodes(json, "agreements", p, b.agreements());
                json.writeEndObject();
            }
        });
    }

    private interface Elements {
        void write(JsonGenerator json);
    }

    private static void write(OutputStream out, Elements elements) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            elements.write(json);
            json.writeEndArray();
        }
    }

    /** A node as {@code {id, name, kind}}, or null for -1. */
    private static void node(JsonGenerator json, String property, Projection p, int node) {
        json.writeName(property);
        if (node < 0) {
            json.writeNull();
        } else {
            node(json, p, node);
        }
    }

    private static void nodes(JsonGenerator json, String property, Projection p, int[] nodes) {
        json.writeName(property);
        json.writeStartArray();
        for (int v : nodes) {
            node(json, p, v);
        }
        json.writeEndArray();
    }

    private static void node(JsonGenerator json, Projection p, int node) {
        json.writeStartObject();
        json.writeStringProperty("id", p.id(node));
        json.writeStringProperty("name", p.name(node));
        json.writeStringProperty("kind", p.kind(node).name());
        json.writeEndObject();
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", messages.getMessage("export.unknownNode", new Object[] {e.id()}, locale)));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(BadRequestException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage()));
    }
}
