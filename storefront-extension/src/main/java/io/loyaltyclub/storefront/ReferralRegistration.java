package io.loyaltyclub.storefront;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.earning.ReferralIdentity;
import io.loyaltyclub.earning.SelfReferralCheck;
import io.loyaltyclub.events.ClubEventService;

/**
 * Records a referral when a customer registers in a session that came through a member's referral link
 * ({@link JoinClubController}). A refused referral (the member themself, an unknown member, an already referred
 * customer) does not stop the registration; it is logged and dropped.
 */
public class ReferralRegistration implements PostRegistrationObserver {

    static final String REFERRER_ATTRIBUTE = "loyaltyReferrer";
    private static final Log LOG = LogFactory.getLog(ReferralRegistration.class);

    @Resource(name = "blCustomerService")
    private CustomerService customerService;
    @Resource(name = "blLoyaltyClubEventService")
    private ClubEventService events;

    @PostConstruct
    public void listen() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null || customer == null || customer.getId() == null) {
            return;
        }
        Object referrerId = request.getAttribute(REFERRER_ATTRIBUTE, RequestAttributes.SCOPE_SESSION);
        if (!(referrerId instanceof Long)) {
            return;
        }
        request.removeAttribute(REFERRER_ATTRIBUTE, RequestAttributes.SCOPE_SESSION);
        Customer referrer = customerService.readCustomerById((Long) referrerId);
        if (referrer == null || !referrer.isRegistered()) {
            LOG.info("Referral link of an unknown member ignored for customer " + customer.getId());
            return;
        }
        ReferralIdentity from = new ReferralIdentity(referrer.getId(), referrer.getEmailAddress(), null, null);
        ReferralIdentity newcomer = new ReferralIdentity(customer.getId(), customer.getEmailAddress(), null, null);
        try {
            // Checked here first: a refusal inside the club's service would mark the registration's own
            // transaction for rollback.
            SelfReferralCheck.refuseSelfReferral(from, newcomer);
        } catch (LoyaltyException refused) {
            LOG.info("Referral of customer " + customer.getId() + " refused: " + refused.getCode());
            return;
        }
        events.registerReferral(from, newcomer);
    }
}
