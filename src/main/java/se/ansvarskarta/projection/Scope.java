package se.ansvarskarta.projection;

import java.util.HashMap;
import java.util.Map;

/** Which nodes a projection is built from: the live model, or the nodes one import has staged. */
public record Scope(boolean staged, String importId) {

    public static final Scope LIVE = new Scope(false, null);

    public static Scope staged(String importId) {
        return new Scope(true, importId);
    }

    Map<String, Object> parameters() {
        Map<String, Object> p = new HashMap<>();
        p.put("staged", staged);
        p.put("import", importId);
        return p;
    }
}
