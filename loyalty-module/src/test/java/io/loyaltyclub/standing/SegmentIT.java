package io.loyaltyclub.standing;

import static io.loyaltyclub.segment.SegmentField.*;
import static io.loyaltyclub.segment.SegmentOperator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.checkout.OrderPointsService;
import io.loyaltyclub.earning.EarningRuleType;
import io.loyaltyclub.jobs.ClubJobs;
import io.loyaltyclub.program.EarningRuleRecord;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.segment.SegmentCondition;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** Segment membership on real checkouts, tags, and the scheduled job as the club's clock moves on. */
@ExtendWith(BroadleafExtension.class)
class SegmentIT {

    private BroadleafContext context;
    private ShopFixtures shop;
    private SegmentService segments;
    private Customer customer;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.context = context;
        this.shop = shop;
        this.segments = context.bean("blLoyaltySegmentService", SegmentService.class);
        this.customer = shop.customer();
    }

    @Test
    void checkoutsMoveACustomerFromNewToRepeat() {
        buy("20.00");
        assertThat(segments.segmentCodesOf(customer.getId())).containsExactly("new");

        buy("15.00");
        assertThat(segments.segmentCodesOf(customer.getId())).containsExactly("repeat");
    }

    @Test
    void aRepeatCustomerBecomesAtRiskThenDormantByTheScheduledJobAlone() {
        buy("20.00");
        buy("15.00");

        context.clock().advance(Duration.ofDays(61));
        assertThat(segments.segmentCodesOf(customer.getId())).as("nothing happened yet").containsExactly("repeat");
        assertThat(jobs().evaluateStanding()).isTrue();
        assertThat(segments.segmentCodesOf(customer.getId())).containsExactly("at-risk", "repeat");

        context.clock().advance(Duration.ofDays(120));
        jobs().evaluateStanding();
        assertThat(segments.segmentCodesOf(customer.getId())).containsExactly("dormant", "repeat");

        buy("5.00");
        assertThat(segments.segmentCodesOf(customer.getId())).as("back with an order").containsExactly("repeat");
    }

    @Test
    void aTagPutsACustomerIntoSegmentsOnTagsAtOnce() {
        String vip = "vip-" + UUID.randomUUID().toString().substring(0, 8);
        segments.save(new SegmentRecord("tagged-" + vip, "VIP with orders"), Arrays.asList(
                Arrays.asList(new SegmentCondition(TAG, HAS, vip), new SegmentCondition(ORDER_COUNT, GE, "1")),
                Collections.singletonList(new SegmentCondition(TOTAL_SPENT, GE, "1000"))));
        buy("20.00");
        assertThat(segments.segmentCodesOf(customer.getId())).doesNotContain("tagged-" + vip);

        segments.tag(customer.getId(), vip, "admin");
        segments.tag(customer.getId(), vip, "admin");
        assertThat(segments.tags(customer.getId())).containsExactly(vip);
        assertThat(segments.segmentCodesOf(customer.getId())).contains("tagged-" + vip);
        assertThat(segments.tagged(vip, -1, 10)).containsExactly(customer.getId());

        segments.untag(customer.getId(), vip);
        assertThat(segments.segmentCodesOf(customer.getId())).doesNotContain("tagged-" + vip);
        assertThatThrownBy(() -> segments.tag(customer.getId(), " ", "admin")).isInstanceOf(LoyaltyException.class);
    }

    @Test
    void aSegmentOnACategoryBoughtFollowsReturns() {
        Category tea = shop.category("Tea");
        String code = "tea-" + tea.getId();
        segments.save(new SegmentRecord(code, "Tea buyers"), Collections.singletonList(
                Collections.singletonList(new SegmentCondition(CATEGORY, HAS, String.valueOf(tea.getId())))));
        org.broadleafcommerce.core.order.domain.Order order = shop.placeOrder(
                shop.cart(customer, shop.product("Sencha", "9.00", tea), 1));
        assertThat(segments.segmentCodesOf(customer.getId())).contains(code);

        context.bean("blLoyaltyOrderPointsService", io.loyaltyclub.checkout.OrderPointsService.class).returnUnits(
                order.getId(), "segment-rma-" + order.getId(),
                Collections.singletonMap(order.getDiscreteOrderItems().get(0).getId(), 1));
        assertThat(segments.segmentCodesOf(customer.getId())).doesNotContain(code);
    }

    @Test
    void aSegmentKnowsItsSizeAndListsItsMembersByPages() {
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 8);
        String code = "paged-" + tag;
        segments.save(new SegmentRecord(code, "Paged"), Collections.singletonList(
                Collections.singletonList(new SegmentCondition(TAG, HAS, tag))));
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Customer member = shop.customer();
            segments.tag(member.getId(), tag, "admin");
            expected.add(member.getId());
        }
        Collections.sort(expected);

        assertThat(segments.size(code)).isEqualTo(5);
        List<Long> seen = new ArrayList<>();
        long after = -1;
        List<Long> page;
        while (!(page = segments.members(code, after, 2)).isEmpty()) {
            assertThat(page.size()).isLessThanOrEqualTo(2);
            seen.addAll(page);
            after = page.get(page.size() - 1);
        }
        assertThat(seen).isEqualTo(expected);
        assertThatThrownBy(() -> segments.size("no-such-segment")).isInstanceOf(LoyaltyException.class);
    }

    @Test
    void theLifecycleThresholdsAreConditionsTheMerchantChanges() {
        SegmentRecord atRisk = segments.segment("at-risk");
        assertThat(atRisk.isBuiltIn()).isTrue();
        assertThat(segments.rule(atRisk.getId()).toString())
                .isEqualTo("(ORDER_COUNT GE 2 AND DAYS_SINCE_LAST_ORDER GE 60 AND DAYS_SINCE_LAST_ORDER LT 180)");
        assertThat(segments.rule(segments.segment("loyal").getId()).toString())
                .isEqualTo("(ORDERS_LAST_12_MONTHS GE 5) OR (TOP_TIER EQ true)");
    }

    @Test
    void anEarningRuleForASegmentMultipliesTheMembersPointsOnly() {
        String vip = "earn-" + UUID.randomUUID().toString().substring(0, 8);
        segments.save(new SegmentRecord(vip, "Double points"), Collections.singletonList(
                Collections.singletonList(new SegmentCondition(TAG, HAS, vip))));
        ProgramService program = context.bean("blLoyaltyProgramService", ProgramService.class);
        EarningRuleRecord rule = new EarningRuleRecord();
        rule.setName("Double for " + vip);
        rule.setType(EarningRuleType.CAMPAIGN_MULTIPLIER);
        rule.setCoefficient(new BigDecimal("2"));
        rule.setSegmentCodes(vip);
        rule = program.save(rule);
        try {
            segments.tag(customer.getId(), vip, "admin");
            Customer other = shop.customer();
            OrderPointsService orderPoints = context.bean("blLoyaltyOrderPointsService", OrderPointsService.class);

            long member = shop.placeOrder(shop.cart(customer, shop.product("Kettle", "20.00"), 1)).getId();
            long nonMember = shop.placeOrder(shop.cart(other, shop.product("Kettle", "20.00"), 1)).getId();

            assertThat(orderPoints.find(member).getPoints()).isEqualTo(40);
            assertThat(orderPoints.find(nonMember).getPoints()).isEqualTo(20);
        } finally {
            rule.setActive(false);
            program.save(rule);
        }
    }

    private ClubJobs jobs() {
        return context.bean("blLoyaltyJobs", ClubJobs.class);
    }

    private void buy(String price) {
        shop.placeOrder(shop.cart(customer, shop.product("Thing " + price, price), 1));
    }
}
