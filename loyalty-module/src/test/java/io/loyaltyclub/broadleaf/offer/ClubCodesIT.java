package io.loyaltyclub.broadleaf.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.UUID;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.broadleaf.payment.TabsCheckingOut;
import io.loyaltyclub.codes.store.CampaignRequest;
import io.loyaltyclub.codes.store.ClubCode;
import io.loyaltyclub.codes.store.CodeCampaign;
import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeIssue;
import io.loyaltyclub.codes.store.CodeStore;
import io.loyaltyclub.codes.store.CodeUse;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.FailingCheckoutActivity;
import io.loyaltyclub.testing.ShopFixtures;

/** The club's codes as Broadleaf offer codes: priced by the shop's own cart, counted at its real checkout. */
@ExtendWith(BroadleafExtension.class)
class ClubCodesIT {

    @Test
    void aPersonalCodeIsPricedByTheShopsCartAndCountedOnceForAnOrderOfSeveralLines(BroadleafContext context,
            ShopFixtures shop) throws Exception {
        Customer customer = shop.customer();
        ClubCode code = personalCode(context, customer, "10");
        Order cart = shop.add(shop.cart(customer, shop.product("Kettle", "40.00"), 1), shop.product("Mug", "10.00"), 2);

        cart = codeCart(context).applyCode(cart, customer, "session-1", " " + code.getCode().toLowerCase() + " ");
        assertThat(cart.getOrderAdjustmentsValue().getAmount()).as("10 % of 60.00").isEqualByComparingTo("6.00");
        assertThat(cart.getSubTotal().getAmount()).isEqualByComparingTo("60.00");

        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.getTotal().getAmount()).isLessThan(new BigDecimal("60.00"));
        assertThat(uses(context, code)).isEqualTo(1);
        assertThat(store(context).usesOf(order.getId())).extracting(CodeUse::getStatus).containsExactly(CodeUse.USED);

        Order next = shop.cart(customer, shop.product("Teapot", "30.00"), 1);
        assertRefused(() -> codeCart(context).applyCode(next, customer, null, code.getCode()), "code_used_up");
    }

    @Test
    void aSingleUseCodeInTwoCartsOfItsOwnerCheckedOutAtOnceIsUsedByOneOnly(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer customer = shop.customer();
        ClubCode code = personalCode(context, customer, "20");
        Product lamp = shop.product("Lamp", "50.00");
        Order first = codeCart(context).applyCode(shop.cart(customer, lamp, 1), customer, "tab-1", code.getCode());
        Order second = codeCart(context).applyCode(shop.cart(customer, lamp, 1), customer, "tab-2", code.getCode());

        int succeeded = TabsCheckingOut.checkOutAtOnce(context, shop,
                Arrays.asList(shop.payRestWithTestGateway(first), shop.payRestWithTestGateway(second)), "has no use left");

        assertThat(succeeded).isEqualTo(1);
        assertThat(uses(context, code)).isEqualTo(1);
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_CODE_USE WHERE CODE_ID = ? AND STATUS = 'USED'",
                Long.class, code.getId())).isEqualTo(1);
    }

    @Test
    void theLastUseOfACampaignCodeRacedByTwoCustomersGoesToOne(BroadleafContext context, ShopFixtures shop) throws Exception {
        CodeCampaign campaign = store(context).createCampaign(CampaignRequest.of("Spring sale", "SPRING",
                CodeDiscount.amountOff(new BigDecimal("5.00"))).maxUses(2).maxUsesPerCustomer(1));
        ClubCode code = store(context).issue(CodeIssue.shared(campaign.getId()).code("SPRING" + suffix()));
        Product scarf = shop.product("Scarf", "25.00");
        Customer early = shop.customer();
        shop.placeOrder(codeCart(context).applyCode(shop.cart(early, scarf, 1), early, null, code.getCode()));
        assertRefused(() -> codeCart(context).applyCode(shop.cart(early, scarf, 1), early, null, code.getCode()), "code_used_up");

        Customer one = shop.customer();
        Customer two = shop.customer();
        Order a = codeCart(context).applyCode(shop.cart(one, scarf, 1), one, null, code.getCode());
        Order b = codeCart(context).applyCode(shop.cart(two, scarf, 2), two, null, code.getCode());
        assertThat(a.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("5.00");

        int succeeded = TabsCheckingOut.checkOutAtOnce(context, shop,
                Arrays.asList(shop.payRestWithTestGateway(a), shop.payRestWithTestGateway(b)), "has no use left");

        assertThat(succeeded).isEqualTo(1);
        assertThat(uses(context, code)).isEqualTo(2);
        assertThat(store(context).campaign(campaign.getId()).getUses()).isEqualTo(2);
    }

    @Test
    void theLimitPerCustomerOfASharedCodeHoldsForTwoCartsOfOneCustomerCheckedOutAtOnce(BroadleafContext context,
            ShopFixtures shop) throws Exception {
        CodeCampaign campaign = store(context).createCampaign(CampaignRequest.of("Once each", "ONCE",
                CodeDiscount.percentOff(BigDecimal.TEN)).maxUsesPerCustomer(1));
        ClubCode code = store(context).issue(CodeIssue.shared(campaign.getId()).code("ONCE" + suffix()));
        Customer customer = shop.customer();
        Product hat = shop.product("Hat", "30.00");
        Order first = codeCart(context).applyCode(shop.cart(customer, hat, 1), customer, null, code.getCode());
        Order second = codeCart(context).applyCode(shop.cart(customer, hat, 1), customer, null, code.getCode());

        int succeeded = TabsCheckingOut.checkOutAtOnce(context, shop,
                Arrays.asList(shop.payRestWithTestGateway(first), shop.payRestWithTestGateway(second)), "times already");

        assertThat(succeeded).isEqualTo(1);
        assertThat(uses(context, code)).isEqualTo(1);
        assertThat(store(context).usesByCustomer(campaign.getId(), customer.getId())).isEqualTo(1);
    }

    @Test
    void aCancelledOrderGivesItsUseBackAndTheCodeWorksAgain(BroadleafContext context, ShopFixtures shop) throws Exception {
        Customer customer = shop.customer();
        ClubCode code = personalCode(context, customer, "10");
        Product vase = shop.product("Vase", "20.00");
        Order order = shop.placeOrder(codeCart(context).applyCode(shop.cart(customer, vase, 1), customer, null, code.getCode()));
        assertThat(uses(context, code)).isEqualTo(1);

        shop.orderService().cancelOrder(shop.orderService().findOrderById(order.getId()));

        assertThat(uses(context, code)).isZero();
        assertThat(context.jdbc().queryForObject("SELECT STATUS FROM LOY_CODE_USE WHERE ORDER_ID = ?", String.class,
                order.getId())).isEqualTo(CodeUse.RELEASED);
        Order again = shop.placeOrder(codeCart(context).applyCode(shop.cart(customer, vase, 1), customer, null, code.getCode()));
        assertThat(again.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(uses(context, code)).isEqualTo(1);
    }

    @Test
    void aCheckoutFailingAfterTheCountGivesTheUseBackAndATriedAgainOrderCountsOnce(BroadleafContext context,
            ShopFixtures shop) throws Exception {
        Customer customer = shop.customer();
        ClubCode code = personalCode(context, customer, "10");
        Order cart = shop.payRestWithTestGateway(
                codeCart(context).applyCode(shop.cart(customer, shop.product("Clock", "30.00"), 1), customer, null, code.getCode()));
        context.bean("blLoyaltyFailingCheckoutActivity", FailingCheckoutActivity.class).failNextCheckout();
        assertThatThrownBy(() -> shop.checkout(cart)).isInstanceOf(CheckoutException.class);
        assertThat(uses(context, code)).isZero();

        store(context).reserve(cart.getId(), customer.getId(), Collections.singletonList(code.getCode()));
        store(context).reserve(cart.getId(), customer.getId(), Collections.singletonList(code.getCode()));
        assertThat(uses(context, code)).as("the same order counts once").isEqualTo(1);
        assertThat(store(context).release(cart.getId())).isEqualTo(1);
        assertThat(store(context).release(cart.getId())).isZero();
        assertThat(uses(context, code)).isZero();
    }

    @Test
    void someoneElsesCodeIsRefusedLikeAnUnknownOneAndTheCartNeverPricesIt(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer owner = shop.customer();
        Customer other = shop.customer();
        ClubCode code = personalCode(context, owner, "50");
        Product bag = shop.product("Bag", "80.00");
        Order cart = shop.cart(other, bag, 1);

        LoyaltyException someoneElses = refusal(() -> codeCart(context).applyCode(cart, other, null, code.getCode()));
        LoyaltyException unknown = refusal(() -> codeCart(context).applyCode(cart, other, null, "CLUB-ZZZZZZZZZZ"));
        assertThat(someoneElses.getCode()).isEqualTo(unknown.getCode()).isEqualTo("code_not_valid");
        assertThat(someoneElses.getMessage()).isEqualTo(unknown.getMessage());

        // Through the shop's own promo form, which does not know whose a code is: the pricing takes it off.
        OfferService offers = context.bean("blOfferService", OfferService.class);
        Order forced = shop.orderService().addOfferCode(cart, offers.lookupOfferCodeByCode(code.getCode()), true);
        assertThat(forced.getAddedOfferCodes()).isEmpty();
        assertThat(forced.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("0");
        store(context).release(forced.getId());
        assertRefused(() -> store(context).reserve(forced.getId(), other.getId(), Collections.singletonList(code.getCode())),
                "code_not_valid");
        assertThat(uses(context, code)).isZero();
    }

    @Test
    void pastTheLimitOfFailedAttemptsEveryCodeIsRefusedAlikeUntilTheWindowHasPassed(BroadleafContext context,
            ShopFixtures shop) {
        Customer customer = shop.customer();
        ClubCode code = personalCode(context, customer, "10");
        Order cart = shop.cart(customer, shop.product("Plant", "15.00"), 1);
        for (int i = 0; i < 10; i++) {
            assertRefused(() -> codeCart(context).applyCode(cart, customer, "s-" + customer.getId(), "CLUB-GUESS" + suffix()),
                    "code_not_valid");
        }
        LoyaltyException valid = refusal(() -> codeCart(context).applyCode(cart, customer, "other-session", code.getCode()));
        LoyaltyException invalid = refusal(() -> codeCart(context).applyCode(cart, customer, null, "CLUB-GUESS" + suffix()));
        assertThat(valid.getCode()).isEqualTo(invalid.getCode()).isEqualTo("too_many_code_attempts");
        assertThat(valid.getMessage()).isEqualTo(invalid.getMessage());

        context.clock().advance(Duration.ofMinutes(9));
        assertRefused(() -> codeCart(context).applyCode(cart, customer, null, code.getCode()), "too_many_code_attempts");
        context.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
        Order priced = codeCart(context).applyCode(cart, customer, null, code.getCode());
        assertThat(priced.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("1.50");
    }

    @Test
    void theAdminChangesACampaignsLimitsAndEndAndEndingItStopsItsCodesInTheCartAndAtCheckout(BroadleafContext context,
            ShopFixtures shop) throws Exception {
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        CodeCampaign campaign = store(context).createCampaign(CampaignRequest.of("Autumn", "AUT",
                CodeDiscount.amountOff(new BigDecimal("5.00"))).maxUses(3).window(now, now.plus(Duration.ofDays(10))));
        ClubCode shared = store(context).issue(CodeIssue.shared(campaign.getId()).code("AUTUMN" + suffix()));
        Customer regular = shop.customer();
        ClubCode personal = store(context).issue(CodeIssue.personal(campaign.getId(), regular.getId())
                .window(now, now.plus(Duration.ofDays(2))));
        Product hat = shop.product("Hat", "30.00");
        for (int i = 0; i < 2; i++) {
            Customer buyer = shop.customer();
            shop.placeOrder(codeCart(context).applyCode(shop.cart(buyer, hat, 1), buyer, null, shared.getCode()));
        }

        assertRefused(() -> store(context).changeCampaign(campaign.getId(), "Autumn sale", 1L, null,
                now.plus(Duration.ofDays(10))), "invalid_limit");
        assertRefused(() -> store(context).changeCampaign(campaign.getId(), "Autumn sale", 5L, null,
                now.minus(Duration.ofDays(1))), "invalid_window");
        assertRefused(() -> store(context).changeCampaign(campaign.getId(), " ", 5L, null, null), "invalid_campaign");
        assertThat(store(context).campaign(campaign.getId()).getName()).as("refusals change nothing").isEqualTo("Autumn");

        Instant later = now.plus(Duration.ofDays(20));
        store(context).changeCampaign(campaign.getId(), "Autumn sale", 5L, 1L, later);
        CodeCampaign changed = store(context).campaign(campaign.getId());
        assertThat(changed.getName()).isEqualTo("Autumn sale");
        assertThat(changed.getMaxUses()).isEqualTo(5L);
        assertThat(changed.getMaxUsesPerCustomer()).isEqualTo(1L);
        assertThat(changed.getEndsAt().toInstant()).isEqualTo(later);
        assertThat(store(context).code(shared.getId()).getEndsAt().toInstant()).as("it ended with the campaign").isEqualTo(later);
        assertThat(store(context).code(personal.getId()).getEndsAt().toInstant()).as("its own earlier end stays")
                .isEqualTo(now.plus(Duration.ofDays(2)));
        assertThat(context.jdbc().queryForObject("SELECT END_DATE FROM BLC_OFFER_CODE WHERE OFFER_CODE_ID = ?",
                java.sql.Timestamp.class, shared.getOfferCodeId()).toInstant()).isCloseTo(later, within(1, ChronoUnit.SECONDS));
        assertThat(context.jdbc().queryForObject("SELECT OFFER_NAME FROM BLC_OFFER WHERE OFFER_ID = ?", String.class,
                campaign.getOfferId())).isEqualTo("Autumn sale");

        Customer late = shop.customer();
        Order cart = codeCart(context).applyCode(shop.cart(late, hat, 1), late, null, shared.getCode());
        assertThat(cart.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("5.00");
        store(context).endCampaign(campaign.getId());
        context.clock().advance(Duration.ofSeconds(1));

        assertThat(store(context).campaign(campaign.getId()).endedAt(context.clock().instant())).isTrue();
        assertThat(store(context).usableBy(store(context).code(personal.getId()), regular.getId())).isFalse();
        assertRefused(() -> codeCart(context).applyCode(shop.cart(regular, hat, 1), regular, null, personal.getCode()),
                "code_expired");
        Order repriced = shop.orderService().save(cart, true);
        assertThat(repriced.getAddedOfferCodes()).as("the shop's pricing drops it").isEmpty();
        assertThat(repriced.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("0");
        assertRefused(() -> store(context).reserve(repriced.getId(), late.getId(), Arrays.asList(shared.getCode())),
                "code_expired");
        assertThat(store(context).campaign(campaign.getId()).getUses()).isEqualTo(2);
    }

    @Test
    void anExpiredCodeIsRefusedAndTakenOffTheCart(BroadleafContext context, ShopFixtures shop) throws Exception {
        Customer customer = shop.customer();
        CodeCampaign campaign = campaign(context, "10");
        ClubCode code = store(context).issue(CodeIssue.personal(campaign.getId(), customer.getId())
                .window(context.clock().instant(), context.clock().instant().plus(Duration.ofDays(1))));
        Order cart = codeCart(context).applyCode(shop.cart(customer, shop.product("Rug", "100.00"), 1), customer, null, code.getCode());
        assertThat(cart.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("10.00");

        context.clock().advance(Duration.ofDays(2));
        Order repriced = shop.orderService().save(cart, true);
        assertThat(repriced.getAddedOfferCodes()).isEmpty();
        assertThat(repriced.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("0");
        Order next = shop.cart(customer, shop.product("Rug", "100.00"), 1);
        assertRefused(() -> codeCart(context).applyCode(next, customer, null, code.getCode()), "code_expired");
    }

    @Test
    void aBatchOfGeneratedCodesIsUniqueBackedByTheShopsOfferCodesAndExportsAsCsv(BroadleafContext context) throws Exception {
        CodeCampaign campaign = store(context).createCampaign(CampaignRequest.of("Flyer", "FLY" + suffix().substring(0, 4),
                CodeDiscount.percentOff(new BigDecimal("15"))));
        assertThat(store(context).generate(campaign.getId(), 1200, 1L)).isEqualTo(1200);

        java.io.StringWriter csv = new java.io.StringWriter();
        assertThat(store(context).exportCsv(campaign.getId(), csv)).isEqualTo(1200);
        String[] lines = csv.toString().split("\n");
        assertThat(lines[0]).isEqualTo("code,customer_id,max_uses,uses,starts_at,ends_at");
        java.util.Set<String> codes = new java.util.HashSet<String>();
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).matches(campaign.getPrefix() + "-[" + io.loyaltyclub.codes.CodeGenerator.ALPHABET + "]{10},,1,0,\\S+,");
            codes.add(lines[i].split(",")[0]);
        }
        assertThat(codes).hasSize(1200);
        assertThat(context.jdbc().queryForObject("SELECT COUNT(*) FROM LOY_CODE c JOIN BLC_OFFER_CODE o"
                + " ON o.OFFER_CODE_ID = c.OFFER_CODE_ID AND o.OFFER_CODE = c.CODE AND o.OFFER_ID = ? WHERE c.CAMPAIGN_ID = ?",
                Long.class, campaign.getOfferId(), campaign.getId())).isEqualTo(1200);
    }

    @Test
    void aCodeOnAProductDiscountsOnlyThatProductsUnits(BroadleafContext context, ShopFixtures shop) {
        Customer customer = shop.customer();
        Product tea = shop.product("Tea", "10.00");
        CodeCampaign campaign = store(context).createCampaign(CampaignRequest.of("Tea week", "TEA",
                CodeDiscount.percentOff(new BigDecimal("20")).onProducts(tea.getId())));
        ClubCode code = store(context).issue(CodeIssue.personal(campaign.getId(), customer.getId()));
        Order cart = shop.add(shop.cart(customer, tea, 2), shop.product("Mug", "10.00"), 1);

        cart = codeCart(context).applyCode(cart, customer, null, code.getCode());

        assertThat(cart.getSubTotal().getAmount()).as("20 % off two teas only").isEqualByComparingTo("26.00");
        assertThat(cart.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("0");
    }

    @Test
    void aCodeOnACategoryDiscountsOnlyTheLinesOfItsProductsAtARealCheckout(BroadleafContext context, ShopFixtures shop)
            throws Exception {
        Customer customer = shop.customer();
        Category teas = shop.category("Teas");
        Category kitchen = shop.category("Kitchen");
        Product green = shop.product("Green tea", "10.00", teas);
        Product black = shop.product("Black tea", "5.00", teas);
        Product mug = shop.product("Mug", "20.00", kitchen);
        Product tin = listedIn(context, shop.product("Tea tin", "8.00", kitchen), teas);
        CodeCampaign campaign = store(context).createCampaign(CampaignRequest.of("Tea month", "TEAS",
                CodeDiscount.percentOff(new BigDecimal("10")).onCategories(teas.getId())));
        ClubCode code = store(context).issue(CodeIssue.personal(campaign.getId(), customer.getId()));
        Order cart = shop.add(shop.add(shop.add(shop.cart(customer, green, 2), black, 1), mug, 1), tin, 1);

        cart = codeCart(context).applyCode(cart, customer, null, code.getCode());
        assertThat(cart.getSubTotal().getAmount()).as("10 % off 33.00 in teas, not the mug").isEqualByComparingTo("49.70");
        Order order = shop.checkout(shop.payRestWithTestGateway(cart)).getOrder();

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(lineDiscount(order, "Green tea")).isEqualByComparingTo("2.00");
        assertThat(lineDiscount(order, "Black tea")).isEqualByComparingTo("0.50");
        assertThat(lineDiscount(order, "Tea tin")).as("listed in the category too").isEqualByComparingTo("0.80");
        assertThat(lineDiscount(order, "Mug")).isEqualByComparingTo("0");
        assertThat(order.getOrderAdjustmentsValue().getAmount()).isEqualByComparingTo("0");
        assertThat(uses(context, code)).isEqualTo(1);
    }

    /** The product listed in one more category (besides its default one). */
    private static Product listedIn(BroadleafContext context, Product product, Category category) {
        CatalogService catalog = context.bean("blCatalogService", CatalogService.class);
        return context.transactionTemplate().execute(status -> {
            Product attached = catalog.findProductById(product.getId());
            CategoryProductXref listing = new CategoryProductXrefImpl();
            listing.setCategory(catalog.findCategoryById(category.getId()));
            listing.setProduct(attached);
            attached.getAllParentCategoryXrefs().add(listing);
            return catalog.saveProduct(attached);
        });
    }

    private static BigDecimal lineDiscount(Order order, String productName) {
        for (OrderItem item : order.getOrderItems()) {
            if (item.getName().equals(productName)) {
                return item.getTotalAdjustmentValue().getAmount();
            }
        }
        throw new AssertionError("no line of " + productName);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static ClubCode personalCode(BroadleafContext context, Customer customer, String percent) {
        return store(context).issue(CodeIssue.personal(campaign(context, percent).getId(), customer.getId()));
    }

    static CodeCampaign campaign(BroadleafContext context, String percent) {
        return store(context).createCampaign(CampaignRequest.of(percent + " % off", "CLUB",
                CodeDiscount.percentOff(new BigDecimal(percent))).key("test:" + percent + "%"));
    }

    static long uses(BroadleafContext context, ClubCode code) {
        return context.jdbc().queryForObject("SELECT USES FROM LOY_CODE WHERE ID = ?", Long.class, code.getId());
    }

    static CodeStore store(BroadleafContext context) {
        return context.bean("blLoyaltyCodeStore", CodeStore.class);
    }

    static ClubCodeCart codeCart(BroadleafContext context) {
        return context.bean("blLoyaltyClubCodeCart", ClubCodeCart.class);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    static LoyaltyException refusal(Runnable action) {
        try {
            action.run();
        } catch (LoyaltyException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    static void assertRefused(Runnable action, String code) {
        assertThat(refusal(action).getCode()).isEqualTo(code);
    }
}
