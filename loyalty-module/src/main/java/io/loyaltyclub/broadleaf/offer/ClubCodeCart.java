package io.loyaltyclub.broadleaf.offer;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeCampaign;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.codes.store.GuessingGuard;

/**
 * A shopper typing a code into the cart: the storefront's promo-code form calls {@link #applyCode}. The club's
 * codes are checked (whose, window, uses left) and then added to the cart with Broadleaf's own
 * {@code OrderService.addOfferCode}, so the shop's pricing applies them; the shop's own codes pass through.
 *
 * <p>Guessing guard ({@link GuessingGuard}, shared by the shop's servers): failed attempts count per customer and
 * per browser session; past the limit every attempt is
 * refused with the same answer, valid code or not, until the window has passed. An unknown code and someone
 * else's code get the same answer ({@code code_not_valid}), so the answer tells a guesser nothing.</p>
 *
 * <p>Nothing here runs in a transaction of the club's: a refusal must not roll back (and so clear) the
 * request's entity manager, which holds the cart.</p>
 */
public class ClubCodeCart {

    private static final Log LOG = LogFactory.getLog(ClubCodeCart.class);

    private CodeStore codes;
    private GuessingGuard guard;
    private OfferService offerService;
    private OrderService orderService;
    private Clock clock = Clock.systemUTC();

    /** Adds the code to the cart and prices it; refused with a {@link LoyaltyException} (nothing changed). */
    public Order applyCode(Order cart, Customer customer, String sessionId, String typed) {
        if (cart == null || customer == null || cart.getCustomer() == null || !customer.getId().equals(cart.getCustomer().getId())) {
            throw new LoyaltyException("not_your_cart", "the cart is not the customer's");
        }
        String[] shopper = {"customer:" + customer.getId(), sessionId == null ? null : "session:" + sessionId};
        String attempt = guard.begin(shopper);
        if (attempt == null) {
            throw new LoyaltyException("too_many_code_attempts", "Too many attempts. Please try again later.");
        }
        OfferCode offerCode;
        try {
            offerCode = usableOfferCode(customer.getId(), typed);
        } catch (LoyaltyException refused) {
            LOG.info("Code attempt refused for customer " + customer.getId() + ": " + refused.getCode());
            throw refused;
        }
        guard.succeeded(attempt);
        try {
            return orderService.addOfferCode(cart, offerCode, true);
        } catch (Exception e) {
            throw new LoyaltyException("code_not_applicable", "This code cannot be used with this cart.", e);
        }
    }

    private OfferCode usableOfferCode(long customerId, String typed) {
        ClubCode code = codes.find(typed);
        if (code == null) {
            OfferCode shops = offerService.lookupOfferCodeByCode(typed == null ? "" : typed.trim());
            if (shops == null || !shops.isActive()) {
                throw CodeStore.notValid();
            }
            return shops;
        }
        if (code.belongsToSomeoneElse(customerId)) {
            throw CodeStore.notValid();
        }
        java.time.Instant now = clock.instant();
        CodeCampaign campaign = codes.campaign(code.getCampaignId());
        if (now.isBefore(code.getStartsAt().toInstant()) || code.expiredAt(now) || campaign.endedAt(now)) {
            throw new LoyaltyException("code_expired", "This code has expired or is not valid yet.");
        }
        if (code.usedUp() || (campaign.getMaxUses() != null && campaign.getUses() >= campaign.getMaxUses())
                || (campaign.getMaxUsesPerCustomer() != null
                        && codes.usesByCustomer(campaign.getId(), customerId) >= campaign.getMaxUsesPerCustomer())) {
            throw new LoyaltyException("code_used_up", "This code has already been used.");
        }
        OfferCode offerCode = offerService.lookupOfferCodeByCode(code.getCode());
        if (offerCode == null) {
            throw CodeStore.notValid();
        }
        return offerCode;
    }

    public void setCodes(CodeStore codes) {
        this.codes = codes;
    }

    public void setGuard(GuessingGuard guard) {
        this.guard = guard;
    }

    public void setOfferService(OfferService offerService) {
        this.offerService = offerService;
    }

    public void setOrderService(OrderService orderService) {
        this.orderService = orderService;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
