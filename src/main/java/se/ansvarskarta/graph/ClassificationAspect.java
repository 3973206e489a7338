package se.ansvarskarta.graph;

import java.util.Locale;

/** The aspects of an information classification (KLASSA: konfidentialitet, riktighet, tillgänglighet, spårbarhet). */
public enum ClassificationAspect {
    CONFIDENTIALITY, INTEGRITY, AVAILABILITY, TRACEABILITY;

    private final String key = name().toLowerCase(Locale.ROOT);

    /** The key in model files and the property name on nodes. */
    public String key() {
        return key;
    }
}
