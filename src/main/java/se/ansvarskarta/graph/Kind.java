package se.ansvarskarta.graph;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The node kinds of the model: one Neo4j label each, one section of the model file each, one GraphQL object type
 * each. The single place where these names are spelled.
 */
public enum Kind {
    ORGANISATION("Organisation", "organisations"),
    BODY("Body", "bodies"),
    ROLE("Role", "roles"),
    INFORMATION_TYPE("InformationType", "informationTypes"),
    SYSTEM("System", "systems"),
    INFRASTRUCTURE("Infrastructure", "infrastructure"),
    RISK("Risk", "risks"),
    RISK_ANALYSIS("RiskAnalysis", "riskAnalyses"),
    DOCUMENT("Document", "documents"),
    AGREEMENT("Agreement", "agreements");

    private static final Map<String, Kind> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toMap(Kind::label, Function.identity()));

    private final String label;
    private final String section;
    private final String stagedLabel;

    Kind(String label, String section) {
        this.label = label;
        this.section = section;
        this.stagedLabel = "_Staged" + label;
    }

    /** The Neo4j label, which is also the GraphQL object type name. */
    public String label() {
        return label;
    }

    /**
     * The label of this kind's nodes while an import stages them ({@code _StagedSystem}...): no query of the live
     * model sees them, and the switch gives them {@link #label()} instead. A label per kind rather than one label and
     * the kind in a property: the property was one more write per node when staging and when switching.
     */
    public String stagedLabel() {
        return stagedLabel;
    }

    /** The key of this kind's list in the model file. */
    public String section() {
        return section;
    }

    /** The kind of a model label, or null for any other label. */
    public static Kind ofLabelOrNull(String label) {
        return BY_LABEL.get(label);
    }

    public static Kind ofLabel(String label) {
        Kind kind = BY_LABEL.get(label);
        if (kind == null) {
            throw new IllegalArgumentException("Unknown label " + label);
        }
        return kind;
    }

    /** Systems and infrastructure: the nodes that depend on each other and fail. */
    public boolean isAsset() {
        return this == SYSTEM || this == INFRASTRUCTURE;
    }
}
