package io.loyaltyclub.broadleaf.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOption;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOptionImpl;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.standing.TierRecord;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;
import io.loyaltyclub.testing.TestLadder;
import io.loyaltyclub.tier.TierMetric;
import io.loyaltyclub.tier.TierWindow;

/** Gold ships for free through a Broadleaf offer on the member's tier attribute; Bronze pays for shipping. */
@ExtendWith(BroadleafExtension.class)
class TierFreeShippingIT {

    private BroadleafContext context;
    private ShopFixtures shop;
    private TierService tiers;
    private FulfillmentOption shipping;
    private Product teapot;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.tiers = context.bean("blLoyaltyTierService", TierService.class);
        tiers.saveLadder(TierMetric.SPEND, TierWindow.rollingMonths(1));
        tiers.save(new TierRecord("BRONZE", "Bronze", BigDecimal.ZERO));
        TierRecord gold = new TierRecord("GOLD", "Gold", new BigDecimal("100"));
        gold.setFreeShipping(true);
        tiers.save(gold);
        FulfillmentOptionService options = context.bean("blFulfillmentOptionService", FulfillmentOptionService.class);
        shipping = context.transactionTemplate().execute(status -> {
            FixedPriceFulfillmentOption option = new FixedPriceFulfillmentOptionImpl();
            option.setName("Parcel");
            option.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
            option.setUseFlatRates(false);
            option.setPrice(ShopFixtures.money("5.00"));
            return options.save(option);
        });
        teapot = shop.product("Teapot", "30.00");
    }

    @AfterEach
    void removeTheLadder() {
        TestLadder.reset(context);
    }

    @Test
    void aGoldMembersCheckoutShipsForFreeAndABronzeMembersDoesNot() {
        Customer gold = shop.customer();
        shop.placeOrder(shop.cart(gold, shop.product("Hamper", "150.00"), 1));
        assertThat(tiers.currentTierCode(gold.getId())).isEqualTo("GOLD");
        assertThat(tierAttribute(gold)).isEqualTo("GOLD");
        Customer bronze = shop.customer();
        shop.placeOrder(shop.cart(bronze, shop.product("Spoon", "3.00"), 1));
        assertThat(tierAttribute(bronze)).isEqualTo("BRONZE");

        Order goldOrder = shop.placeOrder(shippedCart(gold));
        Order bronzeOrder = shop.placeOrder(shippedCart(bronze));

        assertThat(goldOrder.getTotal().getAmount()).isEqualByComparingTo("30.00");
        assertThat(bronzeOrder.getTotal().getAmount()).isEqualByComparingTo("35.00");
    }

    @Test
    void aTierThatLosesFreeShippingEndsItsOfferAndTheNightlyCatchUpRestoresAttributes() {
        Customer gold = shop.customer();
        shop.placeOrder(shop.cart(gold, shop.product("Hamper", "150.00"), 1));
        removeTierAttribute(gold);
        assertThat(context.bean("blLoyaltyTierFreeShipping", TierFreeShipping.class).catchUp(100)).isPositive();
        assertThat(tierAttribute(gold)).isEqualTo("GOLD");

        TierRecord record = null;
        for (TierRecord tier : tiers.tierRecords()) {
            if (tier.getCode().equals("GOLD")) {
                record = tier;
            }
        }
        record.setFreeShipping(false);
        tiers.save(record);

        assertThat(shop.placeOrder(shippedCart(gold)).getTotal().getAmount()).isEqualByComparingTo("35.00");
    }

    /** The shopper's next storefront request: a new persistence context, as Broadleaf's filter opens per request. */
    private void nextRequest() {
        BroadleafExtension.leaveRequest(context);
        BroadleafExtension.enterRequest(context);
    }

    /** A priced cart of one teapot shipped as a 5.00 parcel. */
    private Order shippedCart(Customer customer) {
        Order cart = shop.cart(customer, teapot, 1);
        cart.getFulfillmentGroups().get(0).setFulfillmentOption(shipping);
        try {
            return shop.orderService().save(cart, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String tierAttribute(Customer customer) {
        nextRequest();
        CustomerAttribute attribute = context.bean("blCustomerService", CustomerService.class)
                .readCustomerById(customer.getId()).getCustomerAttributes().get(TierFreeShipping.ATTRIBUTE);
        return attribute == null ? null : attribute.getValue();
    }

    /** As if the attribute had never been written (a backfill run by the command, outside the shop). */
    private void removeTierAttribute(Customer customer) {
        context.jdbc().update("DELETE FROM BLC_CUSTOMER_ATTRIBUTE WHERE CUSTOMER_ID = ? AND NAME = ?", customer.getId(),
                TierFreeShipping.ATTRIBUTE);
        context.entityManagerFactory().getCache().evictAll();
        assertThat(tierAttribute(customer)).isNull();
    }
}
