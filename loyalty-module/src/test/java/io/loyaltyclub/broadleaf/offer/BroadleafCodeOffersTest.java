package io.loyaltyclub.broadleaf.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.codes.store.CodeDiscount;

class BroadleafCodeOffersTest {

    @Test
    void aCategoryRuleMatchesTheDefaultCategoryTheListedCategoriesAndTheLinesCategory() {
        CodeDiscount discount = CodeDiscount.percentOff(BigDecimal.TEN).onProducts(7L).onCategories(3L);

        assertThat(discount.isOnItems()).isTrue();
        assertThat(BroadleafCodeOffers.targetRule(discount)).isEqualTo("discreteOrderItem.?product.?id == 7"
                + " || discreteOrderItem.?category.?id == 3 || discreteOrderItem.?product.?defaultCategory.?id == 3"
                + " || (discreteOrderItem.?product != null && (id in discreteOrderItem.product.allParentCategories) contains 3L)");
        assertThat(discount.toString()).isEqualTo("10 % off products [7] categories [3]");
    }

    @Test
    void freeShippingIsNeverOnCategoriesAndAnOrderDiscountIsOnNoItems() {
        assertThatThrownBy(() -> CodeDiscount.freeShipping().onCategories(1L)).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> CodeDiscount.percentOff(BigDecimal.TEN).onCategories()).isInstanceOf(LoyaltyException.class);
        assertThat(CodeDiscount.amountOff(BigDecimal.ONE).isOnItems()).isFalse();
    }
}
