package se.ansvarskarta.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of one import: the first {@value #LISTED} are kept, all are counted. */
final class Problems {

    static final int LISTED = 1000;

    private final List<Problem> listed = new ArrayList<>();
    private int total;

    void add(Place place, String code, Object... args) {
        add(place.toString(), code, args);
    }

    void add(String place, String code, Object... args) {
        total++;
        if (listed.size() < LISTED) {
            listed.add(new Problem(place, code, args));
        }
    }

    boolean any() {
        return total > 0;
    }

    int total() {
        return total;
    }

    List<Problem> listed() {
        return Collections.unmodifiableList(listed);
    }
}
