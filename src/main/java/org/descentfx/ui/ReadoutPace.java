package org.descentfx.ui;

/**
 * When the readout's numbers may change. Playing, digits that change 60 times a second cannot be
 * read, and every change lays the panel out again: they change at most {@link #HZ} times a second.
 * Paused or stepped by hand, the newest numbers show at once.
 */
final class ReadoutPace {
    static final int HZ = 10;
    static final long INTERVAL_NANOS = 1_000_000_000L / HZ;

    private boolean stale = true;
    private boolean shown;
    private long shownAt;

    /** Newer numbers arrived. */
    void changed() {
        stale = true;
    }

    /** Whether to show the newest numbers now (and if so, they count as shown). */
    boolean due(boolean playing, long nowNanos) {
        if (!stale || playing && shown && nowNanos - shownAt < INTERVAL_NANOS) {
            return false;
        }
        stale = false;
        shown = true;
        shownAt = nowNanos;
        return true;
    }
}
