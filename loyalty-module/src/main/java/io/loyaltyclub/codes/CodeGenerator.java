package io.loyaltyclub.codes;

import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import io.loyaltyclub.LoyaltyException;

/**
 * Makes discount codes: the merchant's prefix, a dash, and random characters from an alphabet without
 * look-alikes (no 0/O, no 1/I/L), drawn from a secure random source. Ten characters of the 31-letter alphabet
 * carry 49.5 bits; fewer than {@link #MIN_BITS} bits are refused, so a code cannot be guessed in any number of
 * tries a shop would let through.
 */
public final class CodeGenerator {

    /** Digits 2-9 and the letters A-Z without I, L and O. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final double MIN_BITS = 40.0;
    public static final int DEFAULT_LENGTH = 10;
    public static final int MAX_PREFIX_LENGTH = 12;
    /** Tries to find a code not taken yet before giving up (each try collides with a chance below 2^-40 per code). */
    static final int MAX_TRIES = 20;

    private final Random random;
    private final int length;

    public CodeGenerator(Random random, int length) {
        if (random == null) {
            throw new IllegalArgumentException("a random source is required");
        }
        if (bits(length) < MIN_BITS) {
            throw new IllegalArgumentException(length + " characters carry " + bits(length) + " bits, below " + MIN_BITS);
        }
        this.random = random;
        this.length = length;
    }

    /** A generator of {@link #DEFAULT_LENGTH} characters on a {@link SecureRandom}. */
    public static CodeGenerator secure() {
        return new CodeGenerator(new SecureRandom(), DEFAULT_LENGTH);
    }

    /** The bits of randomness of a code of {@code length} random characters. */
    public static double bits(int length) {
        return length * Math.log(ALPHABET.length()) / Math.log(2);
    }

    public double bits() {
        return bits(length);
    }

    /** One code with the prefix (upper case letters and digits, up to {@value #MAX_PREFIX_LENGTH}). */
    public String next(String prefix) {
        String checked = prefix(prefix);
        StringBuilder code = new StringBuilder(checked.length() + 1 + length);
        if (!checked.isEmpty()) {
            code.append(checked).append('-');
        }
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * {@code count} distinct codes none of which {@code taken} knows; a code that is taken, or drawn twice, is
     * drawn again.
     */
    public Set<String> unique(String prefix, int count, Predicate<String> taken) {
        Set<String> codes = new LinkedHashSet<String>(count * 2);
        int misses = 0;
        while (codes.size() < count) {
            String code = next(prefix);
            if (taken.test(code) || !codes.add(code)) {
                if (++misses > MAX_TRIES + count / 1000) {
                    throw new IllegalStateException("could not draw " + count + " free codes with prefix " + prefix);
                }
            }
        }
        return codes;
    }

    /** A code as a shopper typed it, in the form codes are stored: trimmed, upper case. */
    public static String normalize(String typed) {
        return typed == null ? "" : typed.trim().toUpperCase(Locale.ROOT);
    }

    /** Checks a merchant's prefix: empty, or up to {@value #MAX_PREFIX_LENGTH} upper case letters and digits. */
    public static String prefix(String prefix) {
        String value = prefix == null ? "" : prefix.trim().toUpperCase(Locale.ROOT);
        if (value.length() > MAX_PREFIX_LENGTH || !value.matches("[A-Z0-9]*")) {
            throw new LoyaltyException("invalid_code_prefix", "a code prefix is up to " + MAX_PREFIX_LENGTH
                    + " letters and digits, was '" + prefix + "'");
        }
        return value;
    }
}
