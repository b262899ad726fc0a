package io.loyaltyclub.broadleaf.customer;

import java.math.BigDecimal;

/** A customer as the admin's member screens list them: who they are and their club balances (zero without an account). */
public final class MemberRow {

    private final long customerId;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final long pointsAvailable;
    private final long pointsPending;
    private final BigDecimal creditAvailable;
    private final String creditCurrency;

    public MemberRow(long customerId, String email, String firstName, String lastName, long pointsAvailable,
            long pointsPending, BigDecimal creditAvailable, String creditCurrency) {
        this.customerId = customerId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.pointsAvailable = pointsAvailable;
        this.pointsPending = pointsPending;
        this.creditAvailable = creditAvailable;
        this.creditCurrency = creditCurrency;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** "First Last", whichever parts the customer gave; empty when none. */
    public String getName() {
        String first = firstName == null ? "" : firstName.trim();
        String last = lastName == null ? "" : lastName.trim();
        return (first + " " + last).trim();
    }

    public long getPointsAvailable() {
        return pointsAvailable;
    }

    public long getPointsPending() {
        return pointsPending;
    }

    public BigDecimal getCreditAvailable() {
        return creditAvailable;
    }

    /** {@code null} before the member's first store credit. */
    public String getCreditCurrency() {
        return creditCurrency;
    }
}
