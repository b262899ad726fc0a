package io.loyaltyclub.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of repeated runs, in nanoseconds, and their order statistics. */
final class Measurements {

    private final List<Long> nanos = new ArrayList<Long>();

    void add(long duration) {
        nanos.add(duration);
    }

    double medianMillis() {
        return percentileMillis(50);
    }

    double percentileMillis(int percentile) {
        List<Long> sorted = new ArrayList<Long>(nanos);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    int size() {
        return nanos.size();
    }
}
