package io.loyaltyclub.checkout;

import java.math.BigInteger;

/** The points that belong to some units of a line: rounded down, and all of them for all the units. */
public final class PointsShare {

    private PointsShare() {
    }

    public static long ofUnits(long linePoints, int units, int quantity) {
        if (quantity <= 0 || units < 0 || units > quantity || linePoints < 0) {
            throw new IllegalArgumentException(units + " of " + quantity + " units of a line of " + linePoints + " points");
        }
        if (units == quantity) {
            return linePoints;
        }
        return BigInteger.valueOf(linePoints).multiply(BigInteger.valueOf(units))
                .divide(BigInteger.valueOf(quantity)).longValueExact();
    }
}
