package se.ansvarskarta.model;

import static se.ansvarskarta.graph.Kind.AGREEMENT;
import static se.ansvarskarta.graph.Kind.BODY;
import static se.ansvarskarta.graph.Kind.DOCUMENT;
import static se.ansvarskarta.graph.Kind.INFORMATION_TYPE;
import static se.ansvarskarta.graph.Kind.INFRASTRUCTURE;
import static se.ansvarskarta.graph.Kind.ORGANISATION;
import static se.ansvarskarta.graph.Kind.ROLE;
import static se.ansvarskarta.graph.Kind.SYSTEM;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;

/**
 * The model file format, version 1 ({@code model-format.md}), declared once: import, validation and export all read
 * it from here.
 */
final class ModelSchema {

    static final int VERSION = 1;

    static final List<String> ORGANISATION_TYPES = List.of("federation", "municipality", "supplier", "authority", "company");
    static final List<String> INFRASTRUCTURE_KINDS = List.of("datacenter", "network", "server", "virtualization",
            "storage", "backup", "identity", "cloud", "service", "cluster", "other");

    private static final Map<Kind, Map<String, Field>> FIELDS = new EnumMap<>(Kind.class);
    static final Map<String, Field> RESPONSIBILITY;

    static {
        define(ORGANISATION,
                Field.text("name", true),
                Field.choice("type", true, ORGANISATION_TYPES.toArray(String[]::new)),
                Field.refOrRefs("memberOf", Rel.MEMBER_OF, ORGANISATION));
        define(BODY,
                Field.text("name", true),
                Field.choice("type", true, "board", "council", "management", "committee"),
                Field.ref("organisation", true, Rel.PART_OF, ORGANISATION),
                Field.reverse(Field.refs("members", false, Rel.SITS_ON, ROLE)),
                Field.ref("mandate", false, Rel.MANDATE, DOCUMENT));
        define(ROLE,
                Field.text("title", "name", true),
                Field.ref("organisation", true, Rel.IN, ORGANISATION),
                Field.optionalText("holder"),
                Field.number("fte"));
        define(INFORMATION_TYPE,
                Field.text("name", true),
                Field.classification());
        define(SYSTEM,
                Field.text("name", true),
                Field.text("category", false),
                Field.ref("supplier", false, Rel.SUPPLIED_BY, ORGANISATION),
                Field.refs("usedBy", false, Rel.USED_BY, ORGANISATION),
                Field.refs("processes", false, Rel.PROCESSES, INFORMATION_TYPE),
                Field.refs("dependsOn", false, Rel.DEPENDS_ON, SYSTEM, INFRASTRUCTURE),
                Field.classification());
        define(INFRASTRUCTURE,
                Field.text("name", true),
                Field.choice("kind", true, INFRASTRUCTURE_KINDS.toArray(String[]::new)),
                Field.refs("members", false, Rel.MEMBER, INFRASTRUCTURE),
                Field.integer("minAvailable", false),
                Field.refs("dependsOn", false, Rel.DEPENDS_ON, SYSTEM, INFRASTRUCTURE),
                Field.ref("supplier", false, Rel.SUPPLIED_BY, ORGANISATION),
                Field.classification());
        define(Kind.RISK,
                Field.text("title", "name", true),
                Field.refs("targets", false, Rel.THREATENS),
                Field.integer("likelihood", true),
                Field.integer("consequence", true),
                Field.reverse(Field.ref("owner", false, Rel.OWNS_RISK, ROLE)),
                Field.choice("status", false, "open", "treated", "accepted", "closed"),
                Field.choice("treatment", false, "avoid", "reduce", "transfer", "accept"),
                Field.date("assessed", false),
                Field.date("reviewBy", false));
        define(Kind.RISK_ANALYSIS,
                Field.text("title", "name", true),
                Field.date("performed", true),
                Field.refs("scope", true, Rel.ASSESSES, SYSTEM, INFRASTRUCTURE),
                Field.ref("by", false, Rel.PERFORMED_BY, ROLE),
                Field.date("nextReview", false));
        define(DOCUMENT,
                Field.text("title", "name", true),
                Field.choice("type", true, "policy", "guideline", "instruction", "continuityPlan", "managementPlan",
                        "charter", "other"),
                Field.date("adopted", false),
                Field.reverse(Field.ref("adoptedBy", false, Rel.ADOPTED, BODY)),
                Field.date("reviewBy", false),
                Field.choice("status", false, "draft", "adopted", "underRevision", "retired"),
                Field.refs("governs", false, Rel.GOVERNS));
        define(AGREEMENT,
                Field.text("title", "name", true),
                Field.choice("type", true, "sla", "dpa", "charter", "other"),
                Field.refs("parties", false, Rel.PARTY, ORGANISATION),
                Field.refs("covers", false, Rel.COVERS, SYSTEM, INFRASTRUCTURE, INFORMATION_TYPE),
                Field.date("validFrom", false),
                Field.date("validTo", false));
        RESPONSIBILITY = common(false,
                Field.ref("role", true, Rel.RESPONSIBLE_FOR, ROLE),
                Field.choice("aspect", true, "owner", "manager", "technical", "operations"),
                Field.ref("target", true, Rel.RESPONSIBLE_FOR, SYSTEM, INFRASTRUCTURE, INFORMATION_TYPE),
                Field.ref("basis", false, null, DOCUMENT, AGREEMENT));
    }

    private ModelSchema() {
    }

    private static void define(Kind kind, Field... fields) {
        FIELDS.put(kind, common(true, fields));
    }

    /** The keys every entry has: {@code id} (not on responsibilities), {@code description}, {@code tags}, {@code attributes}. */
    private static Map<String, Field> common(boolean withId, Field... fields) {
        List<Field> all = new ArrayList<>();
        if (withId) {
            all.add(Field.text("id", true));
        }
        all.addAll(List.of(fields));
        all.add(Field.text("description", false));
        all.add(Field.tags());
        all.add(Field.attributes());
        Map<String, Field> byKey = new LinkedHashMap<>();
        all.forEach(f -> byKey.put(f.key(), f));
        return Collections.unmodifiableMap(byKey);
    }

    /** The keys of an entry of this kind, in the order export writes them. */
    static Map<String, Field> fields(Kind kind) {
        return FIELDS.get(kind);
    }

    static Kind kindOfSection(String section) {
        for (Kind kind : Kind.values()) {
            if (kind.section().equals(section)) {
                return kind;
            }
        }
        return null;
    }
}
