package se.ansvarskarta.graph;

import java.util.Locale;

/** Responsibility aspects (not to be confused with the classification aspects of {@link ClassificationAspect}). */
public enum Aspect {
    OWNER, MANAGER, TECHNICAL, OPERATIONS;

    /** The spelling in model files and in the graph: {@code owner}, {@code manager}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Aspect ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
