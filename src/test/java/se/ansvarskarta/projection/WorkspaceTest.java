package se.ansvarskarta.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkspaceTest {

    @Test
    void aWorkspaceGivenBackIsTakenAgainWithItsArraysAndFreshStamps() {
        Workspace.Pool pool = new Workspace.Pool(10, 2);
        int[] marks;
        int[] data;
        int first;
        try (Workspace w = pool.take()) {
            marks = w.marks();
            data = w.data();
            first = w.nextStamp();
            marks[3] = first;
            data[3] = 42;
        }
        try (Workspace w = pool.take()) {
            assertThat(w.marks()).isSameAs(marks);
            assertThat(w.data()).isSameAs(data);
            int stamp = w.nextStamp();
            assertThat(stamp).isGreaterThan(first);
            for (int m : marks) {
                assertThat(m).isNotEqualTo(stamp); // nothing of the earlier use counts as marked
            }
        }
    }

    @Test
    void workspacesInUseAtTheSameTimeShareNothing() {
        Workspace.Pool pool = new Workspace.Pool(10, 2);
        try (Workspace a = pool.take(); Workspace b = pool.take()) {
            assertThat(a.marks()).isNotSameAs(b.marks());
            assertThat(a.data()).isNotSameAs(b.data());
        }
    }

    @Test
    void onlyAsManyIdleWorkspacesAsTheLimitAreKept() {
        Workspace.Pool pool = new Workspace.Pool(10, 1);
        Workspace a = pool.take();
        Workspace b = pool.take();
        int[] aMarks = a.marks();
        int[] bMarks = b.marks();
        a.close();
        b.close();
        try (Workspace c = pool.take(); Workspace d = pool.take()) {
            assertThat(c.marks()).isSameAs(aMarks);
            assertThat(d.marks()).isNotSameAs(aMarks).isNotSameAs(bMarks);
        }
    }

    @Test
    void stampsRewindAndMarksAreClearedWhenTheyRunHigh() {
        Workspace.Pool pool = new Workspace.Pool(4, 1, 3);
        int[] marks;
        try (Workspace w = pool.take()) {
            marks = w.marks();
            for (int i = 0; i < 4; i++) {
                marks[i] = w.nextStamp();
            }
        }
        try (Workspace w = pool.take()) {
            assertThat(w.marks()).isSameAs(marks).containsOnly(0);
            assertThat(w.nextStamp()).isEqualTo(1);
        }
    }
}
