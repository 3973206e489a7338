package se.ansvarskarta.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.ansvarskarta.graph.Kind;
import se.ansvarskarta.graph.ModelSettings;
import se.ansvarskarta.model.Tokens.Type;

/**
 * Reads a model file from a token stream into a {@link ParsedModel}, guided by {@link ModelSchema}, collecting every
 * problem of form (unknown keys, wrong types, missing keys) with its place. References are checked afterwards by
 * {@link ModelValidator}, once every id is known.
 */
final class ModelReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_TEXT_LENGTH = 100_000;
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final Tokens tokens;
    private final Problems problems;
    private final ParsedModel model = new ParsedModel();
    private Type current;
    private int seq;

    private ModelReader(Tokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** Reads the whole file; throws {@link ModelSyntaxException} where it is not well-formed. */
    static ParsedModel read(Tokens tokens, Problems problems) {
        return new ModelReader(tokens, problems).readTop();
    }

    private Type next() {
        current = tokens.next();
        return current;
    }

    private ParsedModel readTop() {
        if (next() == Type.END) {
            problems.add("", "empty");
            return model;
        }
        if (current != Type.MAP_START) {
            problems.add("", "notMap");
            skipValue();
            return model;
        }
        Set<String> seen = new HashSet<>();
        boolean versionSeen = false;
        while (next() != Type.MAP_END) {
            String key = key(Place.of(""));
            if (key == null) {
                continue;
            }
            next();
            if (!seen.add(key)) {
                problems.add(key, "duplicateKey", key);
                skipValue();
                continue;
            }
            if (rejectAlias(Place.of(key))) {
                continue;
            }
            switch (key) {
                case "version" -> {
                    versionSeen = true;
                    Object v = scalarOrSkip(Place.of(key));
                    if (!(v instanceof Long l && l == ModelSchema.VERSION)) {
                        problems.add(key, "badVersion", String.valueOf(v));
                    }
                }
                case "policy" -> readPolicy();
                case "scales" -> readScales();
                case "responsibilities" -> readList(Place.of(key), (i, place) -> {
                    Entry entry = readEntry(null, place, i, ModelSchema.RESPONSIBILITY);
                    if (entry != null) {
                        model.responsibilities.add(entry);
                    }
                });
                default -> {
                    Kind kind = ModelSchema.kindOfSection(key);
                    if (kind == null) {
                        problems.add(key, "unknownKey", key, "version, policy, scales, organisations, bodies, roles, "
                                + "informationTypes, systems, infrastructure, responsibilities, risks, riskAnalyses, "
                                + "documents, agreements");
                        skipValue();
                    } else {
                        readList(Place.of(key), (i, place) -> {
                            Entry entry = readEntry(kind, place, i, ModelSchema.fields(kind));
                            if (entry != null) {
                                model.entries.get(kind).add(entry);
                            }
                        });
                    }
                }
            }
        }
        if (!versionSeen) {
            problems.add("version", "missingKey", "version");
        }
        if (next() != Type.END) {
            problems.add("", "trailing");
        }
        return model;
    }

    private interface ItemReader {
        void read(int index, Place place);
    }

    private void readList(Place place, ItemReader items) {
        if (current == Type.SCALAR && tokens.value() == null) {
            return; // an empty section
        }
        if (current != Type.LIST_START) {
            problems.add(place, "notList");
            skipValue();
            return;
        }
        int i = 0;
        while (next() != Type.LIST_END) {
            Place itemPlace = place.index(i);
            if (!rejectAlias(itemPlace)) {
                items.read(i, itemPlace);
            }
            i++;
        }
    }

    private Entry readEntry(Kind kind, Place place, int index, Map<String, Field> fields) {
        if (current != Type.MAP_START) {
            problems.add(place, "notMap");
            skipValue();
            return null;
        }
        Entry entry = new Entry(kind, index, seq++);
        Field[] seen = new Field[fields.size()]; // the keys of the schema met so far (few: compared by identity)
        int seenCount = 0;
        Set<String> unknownSeen = null;
        while (next() != Type.MAP_END) {
            String key = key(place);
            if (key == null) {
                continue;
            }
            Place keyPlace = place.key(key);
            next();
            Field field = fields.get(key);
            boolean repeated;
            if (field != null) {
                repeated = indexOf(seen, seenCount, field) >= 0;
                if (!repeated) {
                    seen[seenCount++] = field;
                }
            } else {
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                repeated = !unknownSeen.add(key);
            }
            if (repeated) {
                problems.add(keyPlace, "duplicateKey", key);
                skipValue();
                continue;
            }
            if (rejectAlias(keyPlace)) {
                continue;
            }
            if (field == null) {
                problems.add(keyPlace, "unknownKey", key, String.join(", ", fields.keySet()));
                skipValue();
                continue;
            }
            readField(entry, field, keyPlace);
        }
        for (Field field : fields.values()) {
            if (field.required() && (indexOf(seen, seenCount, field) < 0 || entry.givenAsNull(field.key()))) {
                problems.add(place.key(field.key()), "missingKey", field.key());
            }
        }
        return entry;
    }

    private static int indexOf(Field[] fields, int count, Field field) {
        for (int i = 0; i < count; i++) {
            if (fields[i] == field) {
                return i;
            }
        }
        return -1;
    }

    private void readField(Entry entry, Field field, Place place) {
        if (current == Type.SCALAR && tokens.value() == null && tokens.nonTextReading() != null) {
            entry.markGivenAsNull(field.key());
            return; // null is the same as absent
        }
        switch (field.type()) {
            case TEXT, OPTIONAL_TEXT -> {
                String text = text(place);
                if (text == null) {
                    return;
                }
                if (field.key().equals("id")) {
                    if (!isId(text)) {
                        problems.add(place, "badId", text);
                        return;
                    }
                    entry.id = canonical(text);
                } else if (text.isBlank() && field.required()) {
                    problems.add(place, "emptyText", field.key());
                } else {
                    entry.properties.put(field.property(), text);
                }
            }
            case ENUM -> {
                String word = text(place);
                if (word == null) {
                    return;
                }
                if (!field.values().contains(word)) {
                    problems.add(place, "badEnum", word, String.join(", ", field.values()));
                } else {
                    entry.properties.put(field.property(), word);
                }
            }
            case INT -> {
                Long value = integer(place);
                if (value != null) {
                    entry.properties.put(field.property(), value);
                }
            }
            case NUMBER -> {
                Object value = scalarOrSkip(place);
                if (value instanceof Long || value instanceof Double) {
                    entry.properties.put(field.property(), value);
                } else if (value != NOT_SCALAR) {
                    problems.add(place, "notNumber", String.valueOf(value));
                }
            }
            case DATE -> {
                LocalDate date = date(place);
                if (date != null) {
                    entry.properties.put(field.property(), date);
                }
            }
            case REF -> {
                Ref ref = ref(place, -1);
                if (ref != null) {
                    entry.refs.put(field.key(), List.of(ref));
                }
            }
            case REF_OR_REFS -> {
                if (current == Type.SCALAR) {
                    Ref ref = ref(place, -1);
                    if (ref != null) {
                        entry.refs.put(field.key(), List.of(ref));
                    }
                } else {
                    entry.refs.put(field.key(), refList(place));
                }
            }
            case REFS -> entry.refs.put(field.key(), refList(place));
            case TAGS -> {
                List<String> tags = new ArrayList<>();
                readList(place, (i, p) -> {
                    String tag = text(p);
                    if (tag != null) {
                        tags.add(tag);
                    }
                });
                entry.properties.put(field.property(), tags);
            }
            case ATTRIBUTES -> {
                Map<String, Object> attributes = attributes(place);
                if (attributes != null) {
                    entry.properties.put(field.property(), attributes);
                }
            }
            case CLASSIFICATION -> readClassification(entry, place);
        }
    }

    private void readClassification(Entry entry, Place place) {
        if (current != Type.MAP_START) {
            problems.add(place, "notMap");
            skipValue();
            return;
        }
        Set<String> seen = new HashSet<>();
        while (next() != Type.MAP_END) {
            String key = key(place);
            if (key == null) {
                continue;
            }
            Place keyPlace = place.key(key);
            next();
            if (!seen.add(key)) {
                problems.add(keyPlace, "duplicateKey", key);
                skipValue();
                continue;
            }
            if (rejectAlias(keyPlace) || (current == Type.SCALAR && tokens.value() == null
                    && tokens.nonTextReading() != null)) {
                continue;
            }
            switch (key) {
                case "confidentiality", "integrity", "availability", "traceability" -> {
                    Long level = integer(keyPlace);
                    if (level != null) {
                        entry.properties.put(key, level);
                    }
                }
                case "assessed" -> {
                    LocalDate date = date(keyPlace);
                    if (date != null) {
                        entry.properties.put(Classifications.ASSESSED, date);
                    }
                }
                case "note" -> {
                    String note = text(keyPlace);
                    if (note != null) {
                        entry.properties.put(Classifications.NOTE, note);
                    }
                }
                default -> {
                    problems.add(keyPlace, "unknownKey", key,
                            "confidentiality, integrity, availability, traceability, assessed, note");
                    skipValue();
                }
            }
        }
    }

    private void readPolicy() {
        Map<String, Long> values = intMap(Place.of("policy"), Set.of("classificationMaxAgeMonths", "riskAnalysisMaxAgeMonths"));
        ModelSettings s = model.settings;
        model.settings = new ModelSettings(
                positive("policy.classificationMaxAgeMonths", values.get("classificationMaxAgeMonths"), s.classificationMaxAgeMonths()),
                positive("policy.riskAnalysisMaxAgeMonths", values.get("riskAnalysisMaxAgeMonths"), s.riskAnalysisMaxAgeMonths()),
                s.classificationLabels(), s.likelihoodMin(), s.likelihoodMax(), s.consequenceMin(), s.consequenceMax(),
                s.riskBands());
    }

    private int positive(String place, Long value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 0 || value > 1200) {
            problems.add(place, "outOfRange", value, 0, 1200);
            return fallback;
        }
        return value.intValue();
    }

    private void readScales() {
        if (current != Type.MAP_START) {
            problems.add("scales", "notMap");
            skipValue();
            return;
        }
        ModelSettings s = model.settings;
        List<String> labels = s.classificationLabels();
        int[] likelihood = {s.likelihoodMin(), s.likelihoodMax()};
        int[] consequence = {s.consequenceMin(), s.consequenceMax()};
        List<ModelSettings.RiskBand> bands = s.riskBands();
        Set<String> seen = new HashSet<>();
        while (next() != Type.MAP_END) {
            String key = key(Place.of("scales"));
            if (key == null) {
                continue;
            }
            Place place = Place.of("scales").key(key);
            next();
            if (!seen.add(key)) {
                problems.add(place, "duplicateKey", key);
                skipValue();
                continue;
            }
            if (rejectAlias(place)) {
                continue;
            }
            switch (key) {
                case "classification" -> labels = readLabels(place, labels);
                case "likelihood" -> likelihood = range(place, likelihood);
                case "consequence" -> consequence = range(place, consequence);
                case "riskBands" -> bands = readBands(place);
                default -> {
                    problems.add(place, "unknownKey", key, "classification, likelihood, consequence, riskBands");
                    skipValue();
                }
            }
        }
        model.settings = new ModelSettings(s.classificationMaxAgeMonths(), s.riskAnalysisMaxAgeMonths(), labels,
                likelihood[0], likelihood[1], consequence[0], consequence[1], bands);
    }

    private List<String> readLabels(Place place, List<String> fallback) {
        if (current != Type.MAP_START) {
            problems.add(place, "notMap");
            skipValue();
            return fallback;
        }
        List<String> labels = fallback;
        while (next() != Type.MAP_END) {
            String key = key(place);
            if (key == null) {
                continue;
            }
            next();
            if (!key.equals("labels")) {
                problems.add(place.key(key), "unknownKey", key, "labels");
                skipValue();
                continue;
            }
            List<String> read = new ArrayList<>();
            readList(place.key("labels"), (i, p) -> {
                String label = text(p);
                if (label != null) {
                    read.add(label);
                }
            });
            if (read.isEmpty()) {
                problems.add(place.key("labels"), "emptyList");
            } else {
                labels = List.copyOf(read);
            }
        }
        return labels;
    }

    private int[] range(Place place, int[] fallback) {
        Map<String, Long> values = intMap(place, Set.of("min", "max"));
        int min = values.containsKey("min") ? values.get("min").intValue() : fallback[0];
        int max = values.containsKey("max") ? values.get("max").intValue() : fallback[1];
        if (min < 0 || max < min || max > 1000) {
            problems.add(place, "badRange", min, max);
            return fallback;
        }
        return new int[] {min, max};
    }

    private List<ModelSettings.RiskBand> readBands(Place place) {
        List<ModelSettings.RiskBand> bands = new ArrayList<>();
        readList(place, (i, p) -> {
            if (current != Type.MAP_START) {
                problems.add(p, "notMap");
                skipValue();
                return;
            }
            String name = null;
            Long max = null;
            while (next() != Type.MAP_END) {
                String key = key(p);
                if (key == null) {
                    continue;
                }
                next();
                switch (key) {
                    case "name" -> name = text(p.key("name"));
                    case "max" -> max = integer(p.key("max"));
                    default -> {
                        problems.add(p.key(key), "unknownKey", key, "name, max");
                        skipValue();
                    }
                }
            }
            if (name == null) {
                problems.add(p.key("name"), "missingKey", "name");
            }
            if (max == null) {
                problems.add(p.key("max"), "missingKey", "max");
            }
            if (name != null && max != null) {
                bands.add(new ModelSettings.RiskBand(name, max.intValue()));
            }
        });
        return bands;
    }

    private Map<String, Long> intMap(Place place, Set<String> keys) {
        Map<String, Long> values = new LinkedHashMap<>();
        if (current != Type.MAP_START) {
            problems.add(place, "notMap");
            skipValue();
            return values;
        }
        while (next() != Type.MAP_END) {
            String key = key(place);
            if (key == null) {
                continue;
            }
            next();
            if (!keys.contains(key)) {
                problems.add(place.key(key), "unknownKey", key, String.join(", ", keys.stream().sorted().toList()));
                skipValue();
                continue;
            }
            Long value = integer(place.key(key));
            if (value != null) {
                values.put(key, value);
            }
        }
        return values;
    }

    private Map<String, Object> attributes(Place place) {
        if (current != Type.MAP_START) {
            problems.add(place, "notMap");
            skipValue();
            return null;
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        while (next() != Type.MAP_END) {
            String key = key(place);
            if (key == null) {
                continue;
            }
            Place keyPlace = place.key(key);
            next();
            if (attributes.containsKey(key)) {
                problems.add(keyPlace, "duplicateKey", key);
                skipValue();
                continue;
            }
            if (rejectAlias(keyPlace)) {
                continue;
            }
            Object value = scalarOrSkip(keyPlace);
            if (value == NOT_SCALAR) {
                continue;
            }
            if (value == null) {
                problems.add(keyPlace, "badAttribute");
            } else if (value instanceof String text && text.length() > MAX_TEXT_LENGTH) {
                problems.add(keyPlace, "tooLong", MAX_TEXT_LENGTH);
            } else {
                attributes.put(key, value);
            }
        }
        return attributes;
    }

    private List<Ref> refList(Place place) {
        List<Ref> refs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        readList(place, (i, p) -> {
            Ref ref = ref(p, i);
            if (ref != null && ids.add(ref.id())) {
                refs.add(ref); // a repeated id in one list counts once
            }
        });
        return List.copyOf(refs);
    }

    /**
     * One String per distinct id: the ids of a national model are referred to over a million times, and each
     * reference would otherwise keep its own copy while the import runs.
     */
    private final Map<String, String> canonicalIds = new HashMap<>();

    private String canonical(String id) {
        String known = canonicalIds.putIfAbsent(id, id);
        return known == null ? id : known;
    }

    /**
     * Whether a text is a valid id: one or more letters, digits ({@code \\p{L}}, {@code \\p{N}}), dots, underscores
     * and hyphens. A loop rather than a regular expression: a national model checks a million and a half ids.
     */
    static boolean isId(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_'
                    || c == '.') {
                continue;
            }
            switch (Character.getType(c)) {
                case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                     Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                     Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private Ref ref(Place place, int position) {
        String id = text(place);
        if (id == null) {
            return null;
        }
        String known = canonicalIds.get(id); // seen before, so checked before: most references repeat an id
        if (known != null) {
            return new Ref(known, position);
        }
        if (!isId(id)) {
            problems.add(place, "badId", id);
            return null;
        }
        return new Ref(canonical(id), position);
    }

    private static final Object NOT_SCALAR = new Object();

    /** The current scalar's value, or (with a problem) NOT_SCALAR after skipping a map or list. */
    private Object scalarOrSkip(Place place) {
        if (current != Type.SCALAR) {
            problems.add(place, "notScalar");
            skipValue();
            return NOT_SCALAR;
        }
        return tokens.value();
    }

    private String text(Place place) {
        Object value = scalarOrSkip(place);
        if (value == NOT_SCALAR) {
            return null;
        }
        String reading = tokens.nonTextReading();
        if (!(value instanceof String text) || reading != null) {
            problems.add(place, "notText", String.valueOf(value), reading == null ? "number" : reading);
            return null;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            problems.add(place, "tooLong", MAX_TEXT_LENGTH);
            return null;
        }
        return text;
    }

    private Long integer(Place place) {
        Object value = scalarOrSkip(place);
        if (value == NOT_SCALAR) {
            return null;
        }
        if (value instanceof Long l) {
            return l;
        }
        problems.add(place, "notInteger", String.valueOf(value));
        return null;
    }

    private LocalDate date(Place place) {
        Object value = scalarOrSkip(place);
        if (value == NOT_SCALAR) {
            return null;
        }
        if (value instanceof String text && ISO_DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                // falls through to the problem below
            }
        }
        problems.add(place, "notDate", String.valueOf(value));
        return null;
    }

    /** A map key; null (with a problem) when it is not a plain text key. */
    private String key(Place place) {
        if (current != Type.SCALAR) {
            problems.add(place, "badKey");
            skipValue();
            next();
            skipValue();
            return null;
        }
        Object key = tokens.value();
        return key == null ? "null" : String.valueOf(key);
    }

    /** Anchors and aliases are refused: they could make a small file expand into a huge one. */
    private boolean rejectAlias(Place place) {
        if (current == Type.ALIAS || tokens.anchored()) {
            problems.add(place, "alias");
            skipValue();
            return true;
        }
        return false;
    }

    /** Skips the value whose first token is current, however nested, up to {@link #MAX_DEPTH}. */
    private void skipValue() {
        if (current != Type.MAP_START && current != Type.LIST_START) {
            return;
        }
        int depth = 1;
        while (depth > 0) {
            switch (next()) {
                case MAP_START, LIST_START -> {
                    if (++depth > MAX_DEPTH) {
                        throw new ModelSyntaxException("nesting deeper than " + MAX_DEPTH, tokens.line(), tokens.column());
                    }
                }
                case MAP_END, LIST_END -> depth--;
                case END -> throw new ModelSyntaxException("unexpected end of file", tokens.line(), tokens.column());
                default -> { }
            }
        }
    }
}
