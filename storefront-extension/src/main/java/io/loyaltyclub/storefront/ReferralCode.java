package io.loyaltyclub.storefront;

import java.util.Locale;

/**
 * The code in a member's referral link ({@code /club/join?ref=...}): the member's customer id in base 36 after
 * an {@code R}. It only says who brought the newcomer: the club refuses self-referrals and second referrals
 * when the newcomer registers, and rewards both once the newcomer's first order stands.
 */
public final class ReferralCode {

    private ReferralCode() {
    }

    public static String of(long customerId) {
        if (customerId < 1) {
            throw new IllegalArgumentException("a customer id is positive, not " + customerId);
        }
        return "R" + Long.toString(customerId, 36).toUpperCase(Locale.ROOT);
    }

    /** The customer id in {@code code}, or null when it is not a referral code. */
    public static Long customerOf(String code) {
        if (code == null || !code.matches("[Rr][0-9A-Za-z]{1,12}")) {
            return null;
        }
        long id = Long.parseLong(code.substring(1), 36);
        return id < 1 ? null : id;
    }
}
