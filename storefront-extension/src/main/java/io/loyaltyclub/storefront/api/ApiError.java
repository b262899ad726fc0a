package io.loyaltyclub.storefront.api;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import io.loyaltyclub.LoyaltyException;

/**
 * The API's errors: {@code {"error": {"code": "...", "message": "..."}}} with the HTTP status that fits the code.
 * Codes are stable; the list is in the README.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Map<String, HttpStatus> STATUS = new HashMap<String, HttpStatus>();

    static {
        STATUS.put("sign_in_required", HttpStatus.UNAUTHORIZED);
        STATUS.put("not_your_cart", HttpStatus.FORBIDDEN);
        STATUS.put("csrf_token_invalid", HttpStatus.FORBIDDEN);
        STATUS.put("not_a_cart", HttpStatus.CONFLICT);
        STATUS.put("unknown_customer", HttpStatus.NOT_FOUND);
        STATUS.put("unknown_reward", HttpStatus.NOT_FOUND);
        STATUS.put("request_in_progress", HttpStatus.CONFLICT);
        STATUS.put("idempotency_key_reused", HttpStatus.UNPROCESSABLE_ENTITY);
        STATUS.put("too_many_requests", HttpStatus.TOO_MANY_REQUESTS);
        for (String unprocessable : new String[] {"empty_cart", "insufficient_points", "insufficient_credit",
                "exceeds_order_total", "exceeds_points_share", "below_points_minimum", "invalid_points_step",
                "points_payment_disabled", "currency_mismatch", "missing_exchange_rate"}) {
            STATUS.put(unprocessable, HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    private final String code;
    private final HttpStatus status;

    ApiError(String code, String message, HttpStatus status) {
        super(message);
        this.code = code;
        this.status = status;
    }

    static ApiError of(LoyaltyException e) {
        HttpStatus status = STATUS.get(e.getCode());
        return new ApiError(e.getCode(), e.getMessage(), status != null ? status : HttpStatus.BAD_REQUEST);
    }

    String getCode() {
        return code;
    }

    HttpStatus getStatus() {
        return status;
    }
}
