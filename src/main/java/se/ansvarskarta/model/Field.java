package se.ansvarskarta.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.Rel;

/**
 * One key of an entry in the model file: how it is read, where it is stored (a node property or a relationship) and
 * how it is written back on export.
 *
 * @param key      the key in the file
 * @param type     what it holds
 * @param required whether an entry must have it
 * @param property the node property it is stored in (null for references)
 * @param values   the allowed words of an enum
 * @param targets  the kinds a reference may name
 * @param rel      the relationship a reference becomes
 * @param reverse  true when the relationship points from the referenced node to this entry
 */
record Field(String key, FieldType type, boolean required, String property, List<String> values, Set<Kind> targets,
             Rel rel, boolean reverse) {

    static Field text(String key, boolean required) {
        return new Field(key, FieldType.TEXT, required, key, List.of(), Set.of(), null, false);
    }

    /** Text in the file under {@code key}, kept in property {@code property} (a title is a node's name). */
    static Field text(String key, String property, boolean required) {
        return new Field(key, FieldType.TEXT, required, property, List.of(), Set.of(), null, false);
    }

    static Field optionalText(String key) {
        return new Field(key, FieldType.OPTIONAL_TEXT, false, key, List.of(), Set.of(), null, false);
    }

    static Field choice(String key, boolean required, String... values) {
        return new Field(key, FieldType.ENUM, required, key, List.of(values), Set.of(), null, false);
    }

    static Field integer(String key, boolean required) {
        return new Field(key, FieldType.INT, required, key, List.of(), Set.of(), null, false);
    }

    static Field number(String key) {
        return new Field(key, FieldType.NUMBER, false, key, List.of(), Set.of(), null, false);
    }

    static Field date(String key, boolean required) {
        return new Field(key, FieldType.DATE, required, key, List.of(), Set.of(), null, false);
    }

    static Field ref(String key, boolean required, Rel rel, Kind... targets) {
        return new Field(key, FieldType.REF, required, null, List.of(), kinds(targets), rel, false);
    }

    static Field refs(String key, boolean required, Rel rel, Kind... targets) {
        return new Field(key, FieldType.REFS, required, null, List.of(), kinds(targets), rel, false);
    }

    static Field refOrRefs(String key, Rel rel, Kind... targets) {
        return new Field(key, FieldType.REF_OR_REFS, false, null, List.of(), kinds(targets), rel, false);
    }

    /** References whose relationship points from the referenced node to the entry (a body's members SITS_ON it). */
    static Field reverse(Field field) {
        return new Field(field.key, field.type, field.required, null, field.values, field.targets, field.rel, true);
    }

    static Field classification() {
        return new Field("classification", FieldType.CLASSIFICATION, false, null, List.of(), Set.of(), null, false);
    }

    static Field tags() {
        return new Field("tags", FieldType.TAGS, false, "tags", List.of(), Set.of(), null, false);
    }

    static Field attributes() {
        return new Field("attributes", FieldType.ATTRIBUTES, false, "attributes", List.of(), Set.of(), null, false);
    }

    boolean isReference() {
        return rel != null;
    }

    private static Set<Kind> kinds(Kind... kinds) {
        return kinds.length == 0 ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(List.of(kinds));
    }
}
