package io.loyaltyclub.storefront.api;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.api.StoredResponses;
import io.loyaltyclub.api.StoredResponses.StoredResponse;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.rewards.CatalogueEntry;
import io.loyaltyclub.rewards.RedeemedReward;
import io.loyaltyclub.rewards.Reward;
import io.loyaltyclub.rewards.RewardRedemption;
import io.loyaltyclub.rewards.RewardService;
import io.loyaltyclub.rewards.RewardStatus;
import io.loyaltyclub.rewards.rules.RewardAvailability;

/**
 * The rewards catalogue as the signed-in customer sees it, their redeemed rewards, and redeeming
 * ({@code /loyalty/api/rewards}). A redeem request carries an {@value #IDEMPOTENCY_HEADER}: its first answer
 * (success or refusal) is stored for the customer and key, and a retry gets exactly that answer again.
 */
@Controller
@RequestMapping(value = "/loyalty/api/rewards")
public class ClubRewardsApiController extends ClubApiSupport {

    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:\\-]{8," + StoredResponses.MAX_KEY_LENGTH + "}");

    /** The reward service's refusals as the API names them (the same status for each: 422). */
    private static final Map<String, String> REFUSALS = new HashMap<String, String>();

    static {
        REFUSALS.put(RewardAvailability.INSUFFICIENT_POINTS, "insufficient_points");
        REFUSALS.put(RewardAvailability.OUT_OF_STOCK, "out_of_stock");
        REFUSALS.put(RewardAvailability.OUTSIDE_WINDOW, "outside_window");
        REFUSALS.put(RewardAvailability.TIER_NOT_ALLOWED, "not_allowed");
        REFUSALS.put(RewardAvailability.SEGMENT_NOT_ALLOWED, "not_allowed");
        REFUSALS.put(RewardAvailability.LIMIT_REACHED, "limit_reached");
        REFUSALS.put(RewardAvailability.BUDGET_SPENT, "budget_exhausted");
    }

    @Resource(name = "blLoyaltyRewardService")
    private RewardService rewards;
    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger points;
    @Resource(name = "blLoyaltyCodeStore")
    private CodeStore codes;
    @Resource(name = "blLoyaltyStoredResponses")
    private StoredResponses responses;
    @Resource(name = "blLoyaltyRedeemRateLimit")
    private RedeemRateLimit rateLimit;
    @Resource(name = "blLoyaltyClock")
    private Clock clock;

    @RequestMapping(method = RequestMethod.GET)
    public ResponseEntity<String> catalogue() throws IOException {
        Customer customer = signedIn();
        long available = points.balance(customer.getId()).getAvailable();
        List<Map<String, Object>> catalogue = new ArrayList<Map<String, Object>>();
        for (CatalogueEntry entry : rewards.catalogue(customer.getId())) {
            Reward reward = entry.getReward();
            Map<String, Object> row = new LinkedHashMap<String, Object>();
            row.put("id", reward.getId());
            row.put("name", reward.getName());
            row.put("description", reward.getDescription());
            row.put("kind", reward.getKind().name().toLowerCase());
            row.put("pointsPrice", reward.getPointsPrice());
            row.put("availability", availability(entry.getUnavailableBecause(), reward.getPointsPrice() - available));
            catalogue.add(row);
        }
        Date now = Date.from(clock.instant());
        List<Map<String, Object>> redeemed = new ArrayList<Map<String, Object>>();
        for (RedeemedReward reward : rewards.redeemedBy(customer.getId())) {
            RewardRedemption redemption = reward.getRedemption();
            Map<String, Object> row = redemptionFields(redemption, reward.getCode());
            row.put("state", state(reward, now));
            redeemed.add(row);
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("pointsAvailable", available);
        body.put("rewards", catalogue);
        body.put("redeemed", redeemed);
        return ok(body);
    }

    /**
     * Redeems the reward for the customer's points. Needs the CSRF header and an {@value #IDEMPOTENCY_HEADER}
     * (8 to 100 letters, digits, {@code _ . : -}); the first answer for a key is the answer for every retry.
     */
    @RequestMapping(value = "/{rewardId}/redeem", method = RequestMethod.POST)
    public ResponseEntity<String> redeem(HttpServletRequest request, @PathVariable("rewardId") String rewardId)
            throws IOException {
        Customer customer = changing(request);
        String key = request.getHeader(IDEMPOTENCY_HEADER);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new ApiError("invalid_idempotency_key", "send an " + IDEMPOTENCY_HEADER
                    + " header of 8 to 100 letters, digits, '_', '.', ':' or '-'", HttpStatus.BAD_REQUEST);
        }
        long waitSeconds = rateLimit.acquire(customer.getId());
        if (waitSeconds > 0) {
            HttpHeaders headers = headers();
            headers.set("Retry-After", Long.toString(waitSeconds));
            return new ResponseEntity<String>(errorBody(new ApiError("too_many_requests", "at most "
                    + rateLimit.getMaxRequests() + " redeem requests in " + rateLimit.getWindowSeconds()
                    + " seconds; try again in " + waitSeconds + " s", HttpStatus.TOO_MANY_REQUESTS)), headers,
                    HttpStatus.TOO_MANY_REQUESTS);
        }
        String operation = "redeem:" + rewardId;
        StoredResponse answer = responses.reserve(customer.getId(), key, operation);
        boolean replayed = answer != null;
        if (answer == null) {
            answer = redeemNow(customer.getId(), rewardId, key, operation);
        }
        if (!answer.getOperation().equals(operation)) {
            throw new ApiError("idempotency_key_reused", "the " + IDEMPOTENCY_HEADER + " " + key
                    + " was used for another request", HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (answer.getStatus() == 0) {
            throw new ApiError("request_in_progress", "a request with this " + IDEMPOTENCY_HEADER
                    + " is still being answered; try again", HttpStatus.CONFLICT);
        }
        HttpHeaders headers = headers();
        if (replayed) {
            headers.set("Idempotent-Replayed", "true");
        }
        return new ResponseEntity<String>(answer.getBody(), headers, HttpStatus.valueOf(answer.getStatus()));
    }

    /** Redeems and records the answer under the key the request reserved. */
    private StoredResponse redeemNow(long customerId, String rewardId, String key, String operation) throws IOException {
        int status;
        String body;
        try {
            RewardRedemption redemption = rewards.redeem(customerId, rewardIdOf(rewardId), "api:" + customerId + ":" + key);
            Map<String, Object> answer = new LinkedHashMap<String, Object>();
            String code = redemption.getCodeId() == null ? null : codes.code(redemption.getCodeId()).getCode();
            answer.put("redemption", redemptionFields(redemption, code));
            status = HttpStatus.CREATED.value();
            body = json.writeValueAsString(answer);
        } catch (LoyaltyException e) {
            ApiError refusal = refusal(e);
            status = refusal.getStatus().value();
            body = errorBody(refusal);
        } catch (RuntimeException e) {
            responses.forget(customerId, key);
            throw e;
        }
        responses.complete(customerId, key, status, body);
        return new StoredResponse(operation, status, body);
    }

    /** Active, used (its code used, a gift delivered) or expired. */
    private static String state(RedeemedReward reward, Date now) {
        RewardRedemption redemption = reward.getRedemption();
        if (redemption.expiredAt(now)) {
            return "expired";
        }
        if (redemption.getKind().needsFulfilment()) {
            return redemption.getStatus() == RewardStatus.DELIVERED ? "used" : "active";
        }
        return reward.isUsable() ? "active" : "used";
    }

    private Map<String, Object> redemptionFields(RewardRedemption redemption, String code) {
        Map<String, Object> row = new LinkedHashMap<String, Object>();
        row.put("id", redemption.getId());
        row.put("rewardId", redemption.getRewardId());
        row.put("name", rewardName(redemption.getRewardId()));
        row.put("kind", redemption.getKind().name().toLowerCase());
        row.put("points", redemption.getPoints());
        row.put("code", code);
        row.put("status", redemption.getStatus().name().toLowerCase());
        row.put("redeemedAt", redemption.getCreatedAt().toInstant().toString());
        row.put("expiresAt", redemption.getExpiresAt() == null ? null : redemption.getExpiresAt().toInstant().toString());
        return row;
    }

    private String rewardName(long rewardId) {
        try {
            return rewards.reward(rewardId).getName();
        } catch (LoyaltyException gone) {
            return null;
        }
    }

    private static Map<String, Object> availability(String reason, long pointsMissing) {
        Map<String, Object> availability = new LinkedHashMap<String, Object>();
        if (reason == null) {
            availability.put("status", "available");
            return availability;
        }
        availability.put("status", REFUSALS.containsKey(reason) ? REFUSALS.get(reason) : reason);
        if (RewardAvailability.INSUFFICIENT_POINTS.equals(reason)) {
            availability.put("pointsMissing", pointsMissing);
        } else if (RewardAvailability.TIER_NOT_ALLOWED.equals(reason)) {
            availability.put("because", "tier");
        } else if (RewardAvailability.SEGMENT_NOT_ALLOWED.equals(reason)) {
            availability.put("because", "segment");
        }
        return availability;
    }

    private static ApiError refusal(LoyaltyException e) {
        String code = REFUSALS.get(e.getCode());
        if (code != null) {
            return new ApiError(code, e.getMessage(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return ApiError.of(e);
    }

    private static long rewardIdOf(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new LoyaltyException("unknown_reward", "no reward " + text);
    }
}
