package io.loyaltyclub.earning;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.loyaltyclub.LoyaltyException;

/**
 * Tells a real referral from a customer referring themselves. A referral is refused when the two sides are the same
 * customer, or share a normalized e-mail address, a normalized shipping address or a payment fingerprint.
 *
 * <ul>
 * <li>E-mail: trimmed and lower-cased; the {@code +tag} of the local part is dropped; for {@code gmail.com} and
 * {@code googlemail.com} (one mailbox under two names) the dots of the local part are dropped and the domain is
 * {@code gmail.com}.</li>
 * <li>Shipping address: accents and other marks removed, lower-cased, every run of characters other than letters
 * and digits made one space, trimmed.</li>
 * <li>Payment fingerprint: trimmed, otherwise compared exactly (providers' fingerprints are case-sensitive).</li>
 * </ul>
 *
 * <p>A value that is missing or blank on either side matches nothing.</p>
 */
public final class SelfReferralCheck {

    /** Code of the refusal of a referral between two identities of the same person. */
    public static final String SELF_REFERRAL = "self_referral";

    /** What the two sides of a refused referral have in common. */
    public enum SharedTrait {
        SAME_CUSTOMER, EMAIL, SHIPPING_ADDRESS, PAYMENT_FINGERPRINT
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SelfReferralCheck() {
    }

    /** What the referrer and the new customer have in common; empty for a genuine referral. */
    public static Set<SharedTrait> sharedTraits(ReferralIdentity referrer, ReferralIdentity newCustomer) {
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(newCustomer, "newCustomer");
        Set<SharedTrait> shared = EnumSet.noneOf(SharedTrait.class);
        if (referrer.getCustomerId() == newCustomer.getCustomerId()) {
            shared.add(SharedTrait.SAME_CUSTOMER);
        }
        if (same(normalizeEmail(referrer.getEmail()), normalizeEmail(newCustomer.getEmail()))) {
            shared.add(SharedTrait.EMAIL);
        }
        if (same(normalizeAddress(referrer.getShippingAddress()), normalizeAddress(newCustomer.getShippingAddress()))) {
            shared.add(SharedTrait.SHIPPING_ADDRESS);
        }
        if (same(normalizeFingerprint(referrer.getPaymentFingerprint()),
                normalizeFingerprint(newCustomer.getPaymentFingerprint()))) {
            shared.add(SharedTrait.PAYMENT_FINGERPRINT);
        }
        return Collections.unmodifiableSet(shared);
    }

    /**
     * Lets a genuine referral pass.
     *
     * @throws LoyaltyException {@value #SELF_REFERRAL} when the two sides share a trait (the message names which
     * traits, not their values)
     */
    public static void refuseSelfReferral(ReferralIdentity referrer, ReferralIdentity newCustomer) {
        Set<SharedTrait> shared = sharedTraits(referrer, newCustomer);
        if (!shared.isEmpty()) {
            throw new LoyaltyException(SELF_REFERRAL, "customer " + newCustomer.getCustomerId()
                    + " cannot be referred by customer " + referrer.getCustomerId() + ": they share " + shared);
        }
    }

    /** The e-mail address as compared, or {@code null} when blank. */
    public static String normalizeEmail(String email) {
        if (email == null || email.trim().isEmpty()) {
            return null;
        }
        String lower = email.trim().toLowerCase(Locale.ROOT);
        int at = lower.lastIndexOf('@');
        if (at <= 0 || at == lower.length() - 1) {
            return lower;
        }
        String local = lower.substring(0, at);
        String domain = lower.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local.isEmpty() ? lower : local + "@" + domain;
    }

    /** The shipping address as compared, or {@code null} when it has no letters or digits. */
    public static String normalizeAddress(String address) {
        if (address == null) {
            return null;
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(address, Normalizer.Form.NFKD)).replaceAll("");
        String normalized = NOT_LETTER_OR_DIGIT.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return normalized.isEmpty() ? null : normalized;
    }

    private static String normalizeFingerprint(String fingerprint) {
        return fingerprint == null || fingerprint.trim().isEmpty() ? null : fingerprint.trim();
    }

    private static boolean same(String a, String b) {
        return a != null && a.equals(b);
    }
}
