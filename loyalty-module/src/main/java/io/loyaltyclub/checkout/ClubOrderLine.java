package io.loyaltyclub.checkout;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import io.loyaltyclub.credit.CreditAmounts;
import io.loyaltyclub.earning.OrderLineForEarning;

/**
 * A line of a {@link ClubOrder}: the points and the cash-back attributed to it at checkout, and how many of its
 * units came back.
 */
@Entity
@Table(name = "LOY_CLUB_ORDER_LINE")
public class ClubOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CLUB_ORDER_ID", nullable = false)
    private Long clubOrderId;

    @Column(name = "ORDER_ITEM_ID", nullable = false)
    private Long orderItemId;

    @Column(name = "PRODUCT_ID", nullable = false)
    private Long productId;

    @Column(name = "QUANTITY", nullable = false)
    private int quantity;

    @Column(name = "RETURNED_QUANTITY", nullable = false)
    private int returnedQuantity;

    @Column(name = "ELIGIBLE_AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal eligibleAmount;

    @Column(name = "POINTS", nullable = false)
    private long points;

    /** The cash-back attributed to the line at checkout, in the order's currency. */
    @Column(name = "CASH_BACK", nullable = false, precision = 19, scale = 5)
    private BigDecimal cashBack = BigDecimal.ZERO;

    /** The categories of the line's product at checkout, comma-separated (for the customer's statistics). */
    @Column(name = "CATEGORY_IDS", length = 1000)
    private String categoryIds;

    protected ClubOrderLine() {
        // for JPA
    }

    ClubOrderLine(long clubOrderId, OrderLineForEarning line, long points) {
        this.clubOrderId = clubOrderId;
        this.orderItemId = line.getLineId();
        this.productId = line.getProductId();
        this.quantity = line.getQuantity();
        this.eligibleAmount = line.getEligibleAmount();
        this.points = points;
        this.categoryIds = joinIds(line.getCategoryIds());
    }

    private static String joinIds(Set<Long> ids) {
        StringBuilder text = new StringBuilder();
        for (Long id : ids) {
            String next = (text.length() == 0 ? "" : ",") + id;
            if (text.length() + next.length() > 1000) {
                break;
            }
            text.append(next);
        }
        return text.toString();
    }

    /**
     * The points this line still earns: all of them, less those of the returned units. Returning part of the
     * quantity takes back the share of those units rounded down (the member keeps a fraction), and returning
     * the last unit takes back exactly what is left, so any sequence of returns adds up to the line's points.
     */
    public long pointsDue() {
        return points - PointsShare.ofUnits(points, returnedQuantity, quantity);
    }

    /**
     * The cash-back this line still earns, in minor units of the order's currency ({@code scale} digits): all of it,
     * less the share of the returned units, by the same rule as points: each return takes back its units' share
     * rounded down to the minor unit, and the last unit takes back exactly what is left.
     */
    public long cashBackDue(int scale) {
        long units = CreditAmounts.units(cashBack, scale);
        return units - PointsShare.ofUnits(units, returnedQuantity, quantity);
    }

    void setCashBack(BigDecimal cashBack) {
        this.cashBack = cashBack;
    }

    void returnUnits(int units) {
        returnedQuantity += units;
    }

    public Long getId() {
        return id;
    }

    public Long getClubOrderId() {
        return clubOrderId;
    }

    public Long getLineId() {
        return orderItemId;
    }

    public Long getProductId() {
        return productId;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getReturnedQuantity() {
        return returnedQuantity;
    }

    public BigDecimal getEligibleAmount() {
        return eligibleAmount;
    }

    public long getPoints() {
        return points;
    }

    public BigDecimal getCashBack() {
        return cashBack;
    }

    /** The categories of the line's product at checkout (empty for lines recorded before they were kept). */
    public Set<Long> getCategoryIds() {
        Set<Long> ids = new LinkedHashSet<>();
        if (categoryIds != null && !categoryIds.isEmpty()) {
            for (String id : categoryIds.split(",")) {
                ids.add(Long.valueOf(id.trim()));
            }
        }
        return ids;
    }

    /** Units not returned. */
    public int getKeptQuantity() {
        return quantity - returnedQuantity;
    }
}
