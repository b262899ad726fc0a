package io.loyaltyclub;

/**
 * A refusal a shopper, an admin or the shop's own code can cause: bad input, an unknown code, not enough points.
 * It carries a stable machine-readable {@link #getCode() code} (documented, used by the JSON API and the message
 * bundles) and a message in plain English for logs. Nothing has been written when it is thrown.
 *
 * <p>Programming errors (a missing bean, a broken invariant) stay ordinary runtime exceptions.</p>
 */
public class LoyaltyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public LoyaltyException(String code, String message) {
        super(message);
        this.code = requireCode(code);
    }

    public LoyaltyException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = requireCode(code);
    }

    /** A stable code such as {@code invalid_amount} or {@code insufficient_points}: lower case, words joined by '_'. */
    public String getCode() {
        return code;
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("error codes are lower_snake_case, was " + code);
        }
        return code;
    }
}
