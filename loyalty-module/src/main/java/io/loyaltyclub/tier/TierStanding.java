package io.loyaltyclub.tier;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Where a member stands on the ladder at a given month, from the figures alone: the tier the current window
 * reaches, and the tier held counting the grace of earlier windows (the higher of the two), with the last month
 * it is kept.
 */
public final class TierStanding {

    private final YearMonth month;
    private final BigDecimal amountInWindow;
    private final Tier qualified;
    private final Tier held;
    private final YearMonth heldThrough;

    TierStanding(YearMonth month, BigDecimal amountInWindow, Tier qualified, Tier held, YearMonth heldThrough) {
        this.month = month;
        this.amountInWindow = amountInWindow;
        this.qualified = qualified;
        this.held = held;
        this.heldThrough = heldThrough;
    }

    /** The month the standing is taken in. */
    public YearMonth getMonth() {
        return month;
    }

    /** The metric in the current window. */
    public BigDecimal getAmountInWindow() {
        return amountInWindow;
    }

    /** The tier the current window reaches, or {@code null}. */
    public Tier getQualified() {
        return qualified;
    }

    /** The tier held (the current window's or an earlier window's still in its grace), or {@code null}. */
    public Tier getHeld() {
        return held;
    }

    public String getHeldCode() {
        return held == null ? null : held.getCode();
    }

    /** The last month the held tier is kept without qualifying again; {@code null} when none is held. */
    public YearMonth getHeldThrough() {
        return heldThrough;
    }

    @Override
    public String toString() {
        return "standing in " + month + ": " + amountInWindow.toPlainString() + " in the window, qualifies for "
                + (qualified == null ? "none" : qualified.getCode()) + ", holds "
                + (held == null ? "none" : held.getCode() + " through " + heldThrough);
    }
}
