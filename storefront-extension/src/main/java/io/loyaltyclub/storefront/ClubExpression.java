package io.loyaltyclub.storefront;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.common.web.expression.BroadleafVariableExpression;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.context.i18n.LocaleContextHolder;

import io.loyaltyclub.broadleaf.checkout.OrderSnapshots;
import io.loyaltyclub.broadleaf.payment.CartClubPayments;
import io.loyaltyclub.broadleaf.payment.ClubPaymentGateway;
import io.loyaltyclub.broadleaf.payment.PointsPaymentGateway;
import io.loyaltyclub.broadleaf.payment.StoreCreditGateway;
import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.credit.CreditBalance;
import io.loyaltyclub.credit.CreditLedger;
import io.loyaltyclub.earning.EarningBreakdown;
import io.loyaltyclub.earning.EventAward;
import io.loyaltyclub.earning.EventRule;
import io.loyaltyclub.earning.CustomerEvent;
import io.loyaltyclub.ledger.PointsBalance;
import io.loyaltyclub.ledger.PointsLedger;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.program.RequestMemo;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.storefront.dialect.LocalFormats;
import io.loyaltyclub.tier.Tier;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierProgress;

/**
 * The club in any storefront template, as {@code #loyalty}: what the fragments of {@code loyalty/fragments} read
 * (the signed-in member's balances, what the cart will earn, the club payments on the cart, the tiers). Every
 * method is about the current request's customer and cart; a guest gets nulls and empty lists.
 */
public class ClubExpression implements BroadleafVariableExpression {

    @Resource(name = "blLoyaltyPointsLedger")
    private PointsLedger points;
    @Resource(name = "blLoyaltyCreditLedger")
    private CreditLedger credit;
    @Resource(name = "blLoyaltyOrderPointsService")
    private OrderPointsService orderPoints;
    @Resource(name = "blLoyaltyProgramService")
    private ProgramService program;
    @Resource(name = "blLoyaltyTierService")
    private TierService tiers;
    @Resource(name = "blLoyaltyClock")
    private Clock clock;

    @Override
    public String getName() {
        return "loyalty";
    }

    /** The signed-in customer, or null for a guest. */
    public static Customer member() {
        Customer customer = CustomerState.getCustomer();
        return customer == null || customer.isAnonymous() || customer.getId() == null || !customer.isRegistered()
                ? null : customer;
    }

    public boolean isMember() {
        return member() != null;
    }

    public PointsBalance balance() {
        Customer member = member();
        return member == null ? null : points.balance(member.getId());
    }

    public CreditBalance credit() {
        Customer member = member();
        return member == null ? null : credit.balance(member.getId());
    }

    /** The points the current cart will earn, with the breakdown; null for an empty cart. */
    public EarningBreakdown cartPreview() {
        Order cart = cart();
        return cart == null ? null : orderPoints.preview(OrderSnapshots.of(cart, clock.instant()));
    }

    /** The store credit applied to the current cart, or null. */
    public BigDecimal creditApplied() {
        OrderPayment payment = payment(StoreCreditGateway.TYPE);
        return payment == null ? null : payment.getAmount().getAmount();
    }

    /** The points applied to the current cart, or null. */
    public Long pointsApplied() {
        OrderPayment payment = payment(PointsPaymentGateway.TYPE);
        return payment == null ? null
                : Long.valueOf(payment.getTransactions().get(0).getAdditionalFields().get(ClubPaymentGateway.POINTS));
    }

    /** The money value of the points applied to the current cart, or null. */
    public BigDecimal pointsAppliedValue() {
        OrderPayment payment = payment(PointsPaymentGateway.TYPE);
        return payment == null ? null : payment.getAmount().getAmount();
    }

    public ProgramSettings program() {
        return RequestMemo.settings(program);
    }

    /** The tiers, lowest first. */
    public List<Tier> tiers() {
        return new ArrayList<Tier>(tiers.ladder().getTiers());
    }

    /** The signed-in member's progress on the ladder; null for a guest or a shop without tiers. */
    public TierProgress tierProgress() {
        Customer member = member();
        return member == null || tiers.ladder().isEmpty() ? null : tiers.progress(member.getId());
    }

    /** The points joining gives now (0 when no active rule gives any). */
    public long signUpBonus() {
        return signUpBonus(program.eventRules(), clock.instant());
    }

    /** What the rules give for a sign-up at {@code at} (every rule that applies adds its points). */
    static long signUpBonus(List<EventRule> rules, java.time.Instant at) {
        EventAward award = EventAward.forEvent(CustomerEvent.signUp(0L, at), rules).orElse(null);
        return award == null ? 0 : award.getPoints();
    }

    // --- formats in the request's locale (for message arguments; elements use the loyalty: dialect) -----------

    public String points(long points) {
        return LocalFormats.points(points, LocaleContextHolder.getLocale());
    }

    /** A decimal such as a multiplier or a percentage, with the decimals it has (at most 4). */
    public String number(BigDecimal number) {
        return number == null ? "" : LocalFormats.number(number, LocaleContextHolder.getLocale());
    }

    public String money(BigDecimal amount, String currencyCode) {
        return amount == null ? "" : LocalFormats.money(amount, currencyCode, LocaleContextHolder.getLocale());
    }

    public String date(Object date) {
        return LocalFormats.date(date, LocaleContextHolder.getLocale());
    }

    /** An amount of the ladder's metric: a spend in the club's currency, or a count of orders or points. */
    public String tierAmount(TierMetric metric, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return metric == TierMetric.SPEND ? money(amount, RequestMemo.settings(program).getBaseCurrency())
                : LocalFormats.points(amount.longValue(), LocaleContextHolder.getLocale());
    }

    /** The text direction of the request's language: {@code rtl} for Persian, Arabic, Hebrew and Urdu. */
    public String direction() {
        return direction(LocaleContextHolder.getLocale());
    }

    static String direction(java.util.Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return "fa".equals(language) || "ar".equals(language) || "he".equals(language) || "iw".equals(language)
                || "ur".equals(language) ? "rtl" : "ltr";
    }

    public String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    private static Order cart() {
        Order cart = CartState.getCart();
        return cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty() ? null : cart;
    }

    private static OrderPayment payment(org.broadleafcommerce.common.payment.PaymentGatewayType type) {
        Order cart = cart();
        return cart == null ? null : CartClubPayments.unconfirmed(cart, type);
    }
}
