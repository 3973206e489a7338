package se.ansvarskarta.graph;

/** Relationship types of the model, spelled as in PRODUCT.md. */
public enum Rel {
    MEMBER_OF, PART_OF, SITS_ON, IN, RESPONSIBLE_FOR, DEPENDS_ON, MEMBER, USED_BY, SUPPLIED_BY, PROCESSES,
    THREATENS, OWNS_RISK, ASSESSES, PERFORMED_BY, MANDATE, GOVERNS, ADOPTED, PARTY, COVERS
}
