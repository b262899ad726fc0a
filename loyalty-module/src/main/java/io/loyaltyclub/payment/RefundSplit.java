package io.loyaltyclub.payment;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import io.loyaltyclub.LoyaltyException;

/**
 * How a refund of an order is shared between the ways it was paid: the member's own money (cash: card, bank,
 * cash on delivery), store credit and points.
 *
 * <p><b>The rule.</b> Refunds follow the order's payment mix, worked out on the total refunded so far (not on
 * each refund alone), so any sequence of partial refunds ends exactly where one full refund would:</p>
 * <ol>
 * <li>the cash share of everything refunded so far is {@code cash × refunded / total}, rounded down to the
 * minor unit;</li>
 * <li>the rest is the club's share; of it, store credit gets {@code credit / (credit + points value)}, rounded
 * down, and the points' money value the remainder;</li>
 * <li>points come back in proportion to their money value refunded so far, rounded down to whole points;</li>
 * <li>one refund's parts are these cumulative shares now, less the same shares before it.</li>
 * </ol>
 * <p>Every share only grows as more is refunded, so no refund ever takes anything back, and when the whole
 * order has been refunded each way of paying got back exactly what it paid: to the cent and to the point.</p>
 */
public final class RefundSplit {

    private final BigDecimal cash;
    private final BigDecimal credit;
    private final BigDecimal pointsValue;
    private final long points;

    private RefundSplit(BigDecimal cash, BigDecimal credit, BigDecimal pointsValue, long points) {
        this.cash = cash;
        this.credit = credit;
        this.pointsValue = pointsValue;
        this.points = points;
    }

    /**
     * @param orderTotal what the order cost in all
     * @param creditPaid the part paid with store credit
     * @param pointsValuePaid the part paid with points, in money
     * @param pointsPaid the points that paid it
     * @param refundedBefore what earlier refunds of the order came to
     * @param refund this refund
     * @param scale the currency's number of decimals
     */
    public static RefundSplit of(BigDecimal orderTotal, BigDecimal creditPaid, BigDecimal pointsValuePaid, long pointsPaid,
            BigDecimal refundedBefore, BigDecimal refund, int scale) {
        if (refund.signum() <= 0) {
            throw new LoyaltyException("invalid_amount", "a refund is a positive amount, not " + refund.toPlainString());
        }
        if (refund.scale() > scale && refund.stripTrailingZeros().scale() > scale) {
            throw new LoyaltyException("invalid_amount", "the currency has " + scale + " decimals; "
                    + refund.toPlainString() + " has more");
        }
        BigDecimal left = orderTotal.subtract(refundedBefore);
        if (refund.compareTo(left) > 0) {
            throw new LoyaltyException("refund_exceeds_order", "the order has " + left.setScale(scale).toPlainString()
                    + " left to refund, " + refund.toPlainString() + " was asked");
        }
        if (creditPaid.add(pointsValuePaid).compareTo(orderTotal) > 0) {
            throw new IllegalArgumentException("the club paid more than the order's total");
        }
        RefundSplit before = cumulative(orderTotal, creditPaid, pointsValuePaid, pointsPaid, refundedBefore, scale);
        RefundSplit after = cumulative(orderTotal, creditPaid, pointsValuePaid, pointsPaid, refundedBefore.add(refund), scale);
        return new RefundSplit(after.cash.subtract(before.cash), after.credit.subtract(before.credit),
                after.pointsValue.subtract(before.pointsValue), after.points - before.points);
    }

    /** A split recorded earlier, read back. */
    public static RefundSplit recorded(BigDecimal cash, BigDecimal credit, BigDecimal pointsValue, long points) {
        return new RefundSplit(cash, credit, pointsValue, points);
    }

    /** The shares of everything refunded up to {@code refunded}. */
    static RefundSplit cumulative(BigDecimal total, BigDecimal creditPaid, BigDecimal pointsValuePaid, long pointsPaid,
            BigDecimal refunded, int scale) {
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        if (total.signum() == 0) {
            return new RefundSplit(zero, zero, zero, 0);
        }
        BigDecimal clubPaid = creditPaid.add(pointsValuePaid);
        BigDecimal cashPaid = total.subtract(clubPaid);
        BigDecimal cash = cashPaid.multiply(refunded).divide(total, scale, RoundingMode.DOWN);
        BigDecimal club = refunded.subtract(cash).setScale(scale, RoundingMode.UNNECESSARY);
        BigDecimal credit = clubPaid.signum() == 0 ? zero
                : creditPaid.multiply(club).divide(clubPaid, scale, RoundingMode.DOWN);
        BigDecimal value = club.subtract(credit);
        long points = pointsValuePaid.signum() == 0 ? 0 : value.compareTo(pointsValuePaid) >= 0 ? pointsPaid
                : BigInteger.valueOf(pointsPaid).multiply(value.movePointRight(scale).toBigIntegerExact())
                        .divide(pointsValuePaid.movePointRight(scale).toBigIntegerExact()).longValueExact();
        return new RefundSplit(cash, credit, value, points);
    }

    /** What the shop refunds in money of the member's own (to the card, the bank account, ...). */
    public BigDecimal getCash() {
        return cash;
    }

    /** What goes back to the member's store credit. */
    public BigDecimal getCredit() {
        return credit;
    }

    /** The money value of the points that go back. */
    public BigDecimal getPointsValue() {
        return pointsValue;
    }

    /** The points that go back to the member's points account. */
    public long getPoints() {
        return points;
    }

    @Override
    public String toString() {
        return "cash " + cash.toPlainString() + ", credit " + credit.toPlainString() + ", points " + points
                + " (" + pointsValue.toPlainString() + ")";
    }
}
