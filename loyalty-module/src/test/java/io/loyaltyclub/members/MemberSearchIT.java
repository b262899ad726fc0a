package io.loyaltyclub.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.broadleaf.customer.MemberRow;
import io.loyaltyclub.broadleaf.customer.MemberSearch;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;
import io.loyaltyclub.testing.ShopFixtures;

/** The admin's member search over Broadleaf's customers, with the club's balances, page by page. */
@ExtendWith(BroadleafExtension.class)
class MemberSearchIT {

    private MemberSearch search;
    private MemberAdjustments adjustments;
    private CustomerService customers;
    private ShopFixtures shop;
    private String family;

    @BeforeEach
    void setUp(BroadleafContext context, ShopFixtures shop) {
        this.shop = shop;
        search = context.bean("blLoyaltyMemberSearch", MemberSearch.class);
        adjustments = context.bean("blLoyaltyMemberAdjustments", MemberAdjustments.class);
        customers = context.bean("blCustomerService", CustomerService.class);
        family = "Fam" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void findsByTheStartOfTheEmailInAnyCaseWithTheBalances() {
        Customer ada = named("Ada", family);
        adjustments.adjustPoints(ada.getId(), "ADD", "120", "Welcome", "Dana Admin", UUID.randomUUID().toString());
        adjustments.adjustCredit(ada.getId(), "ADD", "7.5", "Welcome", "Dana Admin", UUID.randomUUID().toString());

        // The part before '@': its eight random characters keep it apart from the other tests' customers (the
        // first twelve characters held four, and now and then matched another customer).
        String start = ada.getEmailAddress().substring(0, ada.getEmailAddress().indexOf('@')).toUpperCase();
        List<MemberRow> found = search.search(start, 0, 10);

        assertThat(found).extracting(MemberRow::getCustomerId).containsExactly(ada.getId());
        MemberRow row = found.get(0);
        assertThat(row.getEmail()).isEqualTo(ada.getEmailAddress());
        assertThat(row.getName()).isEqualTo("Ada " + family);
        assertThat(row.getPointsAvailable()).isEqualTo(120);
        assertThat(row.getCreditAvailable()).isEqualTo(new BigDecimal("7.50"));
        assertThat(row.getCreditCurrency()).isEqualTo("USD");
    }

    @Test
    void findsByFirstNameLastNameOrBoth() {
        String first = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        Customer zed = named(first, family);
        Customer other = named("Other", family);

        assertThat(ids(search.search(first.toLowerCase(), 0, 10))).containsExactly(zed.getId());
        assertThat(ids(search.search(family.toUpperCase(), 0, 10))).containsExactly(zed.getId(), other.getId());
        assertThat(ids(search.search(first + " " + family.substring(0, 5), 0, 10))).containsExactly(zed.getId());
        assertThat(ids(search.search(String.valueOf(other.getId()), 0, 10))).contains(other.getId());
        assertThat(search.search(first + " Nobody", 0, 10)).isEmpty();
        MemberRow fresh = search.member(other.getId());
        assertThat(fresh.getPointsAvailable()).as("no account yet").isZero();
        assertThat(fresh.getCreditAvailable()).isEqualTo(BigDecimal.ZERO);
        assertThat(fresh.getCreditCurrency()).isNull();
    }

    @Test
    void pagesFollowTheCustomerIds() {
        Customer a = named("A", family);
        Customer b = named("B", family);
        Customer c = named("C", family);

        List<MemberRow> first = search.search(family, 0, 2);
        assertThat(ids(first)).containsExactly(a.getId(), b.getId());
        List<MemberRow> second = search.search(family, first.get(1).getCustomerId(), 2);
        assertThat(ids(second)).containsExactly(c.getId());
        assertThat(search.search(family, c.getId(), 2)).isEmpty();
    }

    @Test
    void wildcardsAreTakenLiterally() {
        named("Per%cent", family);
        assertThat(search.search("%", 0, 10)).isEmpty();
        assertThat(search.search("_", 0, 10)).isEmpty();
        assertThat(search.search("per%c", 0, 10)).hasSize(1);
    }

    @Test
    void refusesPagesOutOfBoundsAndUnknownMembersAreNull() {
        assertThatThrownBy(() -> search.search("a", 0, 0)).isInstanceOf(LoyaltyException.class);
        assertThatThrownBy(() -> search.search("a", 0, MemberSearch.MAX_PAGE_SIZE + 1)).isInstanceOf(LoyaltyException.class);
        assertThat(search.member(-987654321L)).isNull();
    }

    private Customer named(String first, String last) {
        Customer customer = shop.customer();
        customer.setFirstName(first);
        customer.setLastName(last);
        return customers.saveCustomer(customer);
    }

    private static List<Long> ids(List<MemberRow> rows) {
        return rows.stream().map(MemberRow::getCustomerId).collect(java.util.stream.Collectors.toList());
    }
}
