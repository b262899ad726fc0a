package io.loyaltyclub.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the segment conditions know of one customer on one day: the statistics' sums, the tier, tags and profile.
 * Immutable; built with the {@code with…} methods from {@link #of(long, LocalDate)}.
 */
public final class MemberFacts {

    private final long customerId;
    private final LocalDate today;
    private int orderCount;
    private BigDecimal totalSpent = BigDecimal.ZERO;
    private int ordersLast12Months;
    private LocalDate lastOrderDate;
    private LocalDate signedUp;
    private Integer birthMonth;
    private Set<Long> categories = Collections.emptySet();
    private String tierCode;
    private boolean topTier;
    private Set<String> tags = Collections.emptySet();

    private MemberFacts(long customerId, LocalDate today) {
        this.customerId = customerId;
        this.today = today;
    }

    /** A customer the club knows nothing of yet (no orders, tier, tags or profile). */
    public static MemberFacts of(long customerId, LocalDate today) {
        return new MemberFacts(customerId, today);
    }

    private MemberFacts copy() {
        MemberFacts copy = new MemberFacts(customerId, today);
        copy.orderCount = orderCount;
        copy.totalSpent = totalSpent;
        copy.ordersLast12Months = ordersLast12Months;
        copy.lastOrderDate = lastOrderDate;
        copy.signedUp = signedUp;
        copy.birthMonth = birthMonth;
        copy.categories = categories;
        copy.tierCode = tierCode;
        copy.topTier = topTier;
        copy.tags = tags;
        return copy;
    }

    public MemberFacts withOrders(int orderCount, BigDecimal totalSpent, LocalDate lastOrderDate, int ordersLast12Months) {
        MemberFacts copy = copy();
        copy.orderCount = orderCount;
        copy.totalSpent = totalSpent;
        copy.lastOrderDate = lastOrderDate;
        copy.ordersLast12Months = ordersLast12Months;
        return copy;
    }

    public MemberFacts withProfile(LocalDate signedUp, Integer birthMonth) {
        MemberFacts copy = copy();
        copy.signedUp = signedUp;
        copy.birthMonth = birthMonth;
        return copy;
    }

    public MemberFacts withCategories(Set<Long> categories) {
        MemberFacts copy = copy();
        copy.categories = Collections.unmodifiableSet(new LinkedHashSet<>(categories));
        return copy;
    }

    public MemberFacts withTier(String tierCode, boolean topTier) {
        MemberFacts copy = copy();
        copy.tierCode = tierCode;
        copy.topTier = topTier;
        return copy;
    }

    public MemberFacts withTags(Set<String> tags) {
        MemberFacts copy = copy();
        copy.tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        return copy;
    }

    public long getCustomerId() {
        return customerId;
    }

    public LocalDate getToday() {
        return today;
    }

    public int getOrderCount() {
        return orderCount;
    }

    public BigDecimal getTotalSpent() {
        return totalSpent;
    }

    public int getOrdersLast12Months() {
        return ordersLast12Months;
    }

    public LocalDate getLastOrderDate() {
        return lastOrderDate;
    }

    public LocalDate getSignedUp() {
        return signedUp;
    }

    public Integer getBirthMonth() {
        return birthMonth;
    }

    public Set<Long> getCategories() {
        return categories;
    }

    public String getTierCode() {
        return tierCode;
    }

    public boolean isTopTier() {
        return topTier;
    }

    public Set<String> getTags() {
        return tags;
    }
}
