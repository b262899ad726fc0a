package io.loyaltyclub.credit.cashback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An order as the cash-back rules see it: its lines, when it was placed, the scale of its currency (the digits of
 * its minor unit: 2 for USD, 0 for JPY) and the member's tier and segment codes. Immutable.
 */
public final class CashBackOrder {

    private final List<CashBackLine> lines;
    private final Instant orderedAt;
    private final int currencyScale;
    private final Set<String> tierCodes;
    private final Set<String> segmentCodes;

    public CashBackOrder(List<CashBackLine> lines, Instant orderedAt, int currencyScale) {
        this(lines, orderedAt, currencyScale, Collections.<String>emptySet(), Collections.<String>emptySet());
    }

    public CashBackOrder(List<CashBackLine> lines, Instant orderedAt, int currencyScale, Collection<String> tierCodes,
            Collection<String> segmentCodes) {
        if (currencyScale < 0 || currencyScale > 4) {
            throw new IllegalArgumentException("a currency has 0 to 4 decimals, not " + currencyScale);
        }
        Set<Long> ids = new LinkedHashSet<Long>();
        for (CashBackLine line : lines) {
            if (!ids.add(line.getLineId())) {
                throw new IllegalArgumentException("line " + line.getLineId() + " appears twice");
            }
        }
        this.lines = Collections.unmodifiableList(new ArrayList<CashBackLine>(lines));
        this.orderedAt = Objects.requireNonNull(orderedAt, "orderedAt");
        this.currencyScale = currencyScale;
        this.tierCodes = Collections.unmodifiableSet(new LinkedHashSet<String>(tierCodes));
        this.segmentCodes = Collections.unmodifiableSet(new LinkedHashSet<String>(segmentCodes));
    }

    public List<CashBackLine> getLines() {
        return lines;
    }

    public Instant getOrderedAt() {
        return orderedAt;
    }

    public int getCurrencyScale() {
        return currencyScale;
    }

    public Set<String> getTierCodes() {
        return tierCodes;
    }

    public Set<String> getSegmentCodes() {
        return segmentCodes;
    }
}
