package io.loyaltyclub.earning;

/**
 * What the self-referral check compares of one side of a referral. The strings are as the shop holds them; the
 * check normalizes them. Any of them may be {@code null} when unknown; an unknown value matches nothing. Immutable.
 */
public final class ReferralIdentity {

    private final long customerId;
    private final String email;
    private final String shippingAddress;
    private final String paymentFingerprint;

    /**
     * @param shippingAddress the address as one string (street, city, postal code, country)
     * @param paymentFingerprint the payment provider's fingerprint of the card or account
     */
    public ReferralIdentity(long customerId, String email, String shippingAddress, String paymentFingerprint) {
        this.customerId = customerId;
        this.email = email;
        this.shippingAddress = shippingAddress;
        this.paymentFingerprint = paymentFingerprint;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public String getShippingAddress() {
        return shippingAddress;
    }

    public String getPaymentFingerprint() {
        return paymentFingerprint;
    }

    /** Names the customer only: the other values are personal data and stay out of logs. */
    @Override
    public String toString() {
        return "referral identity of customer " + customerId;
    }
}
