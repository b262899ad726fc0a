package io.loyaltyclub.broadleaf.offer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteria;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteriaImpl;
import org.broadleafcommerce.core.offer.service.type.OfferItemRestrictionRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;

import io.loyaltyclub.codes.store.CodeDiscount;
import io.loyaltyclub.codes.store.CodeOffers;

/**
 * The club's codes as Broadleaf's own offers and offer codes, so that the shop's cart and pricing apply them
 * like any coupon. An offer per campaign: an order offer (percent or amount off), an order-item offer (the same
 * on the units of some products or of some categories' products, or on one unit: a free product) or a
 * fulfillment-group offer (free shipping), added by code only, combinable with the shop's other offers.
 * Broadleaf's own use limits are left off (its counts are not atomic and never give a use back): the club counts
 * uses itself at checkout.
 *
 * <p>The offer starts a second before the campaign, at a whole second: Broadleaf 3.1 compares an offer's start
 * with the current time on a calendar whose milliseconds are those of the moment of the comparison, so an offer
 * started within the same second would be dropped now and then. The codes' own windows, checked by the club to
 * the millisecond, still decide when a code works.</p>
 */
public class BroadleafCodeOffers implements CodeOffers {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private OfferDao offerDao;
    private OfferCodeDao offerCodeDao;

    @Override
    public long createOffer(String name, CodeDiscount discount, Instant startsAt, Instant endsAt) {
        Offer offer = offerDao.create();
        offer.setName(name);
        offer.setDescription("Loyalty club: " + name + " (" + discount + ")");
        offer.setMarketingMessage(name);
        boolean shipping = discount.getKind() == CodeDiscount.Kind.FREE_SHIPPING;
        boolean items = discount.isOnItems();
        offer.setType(shipping ? OfferType.FULFILLMENT_GROUP : items ? OfferType.ORDER_ITEM : OfferType.ORDER);
        if (items) {
            // Broadleaf matches each line against the target rule (MVEL) and discounts its units.
            OfferItemCriteria target = new OfferItemCriteriaImpl();
            target.setQuantity(1);
            target.setMatchRule(targetRule(discount));
            offer.setTargetItemCriteria(new HashSet<OfferItemCriteria>(Collections.singleton(target)));
            offer.setOfferItemTargetRuleType(OfferItemRestrictionRuleType.NONE);
            offer.setMaxUsesPerOrder(discount.isOneUnit() ? 1 : 0);
        }
        offer.setDiscountType(discount.getKind() == CodeDiscount.Kind.AMOUNT_OFF ? OfferDiscountType.AMOUNT_OFF
                : OfferDiscountType.PERCENT_OFF);
        offer.setValue(discount.getValue());
        offer.setStartDate(Date.from(startsAt.truncatedTo(ChronoUnit.SECONDS).minusSeconds(1)));
        offer.setEndDate(endsAt == null ? null : Date.from(endsAt));
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setApplyDiscountToSalePrice(true);
        offer.setTotalitarianOffer(false);
        offer.setTreatAsNewFormat(true);
        offer.setPriority(0);
        entityManager.persist(offer);
        entityManager.flush();
        return offer.getId();
    }

    /**
     * The MVEL rule a line must match: one of the products, or a product of one of the categories: its default
     * category, any category it is listed in ({@code allParentCategories}), or the category the line was added
     * from. Ids are written as long literals, so {@code contains} compares them with the categories' ids.
     */
    static String targetRule(CodeDiscount discount) {
        StringBuilder rule = new StringBuilder();
        for (Long productId : discount.getProductIds()) {
            or(rule).append("discreteOrderItem.?product.?id == ").append(productId.longValue());
        }
        for (Long categoryId : discount.getCategoryIds()) {
            long id = categoryId.longValue();
            or(rule).append("discreteOrderItem.?category.?id == ").append(id)
                    .append(" || discreteOrderItem.?product.?defaultCategory.?id == ").append(id)
                    .append(" || (discreteOrderItem.?product != null && (id in discreteOrderItem.product.allParentCategories) contains ")
                    .append(id).append("L)");
        }
        return rule.toString();
    }

    private static StringBuilder or(StringBuilder rule) {
        return rule.length() == 0 ? rule : rule.append(" || ");
    }

    @Override
    public List<Long> createOfferCodes(long offerId, List<String> codes, Instant startsAt, Instant endsAt) {
        Offer offer = offerDao.readOfferById(offerId);
        if (offer == null) {
            throw new IllegalStateException("no offer " + offerId + " behind the club's codes");
        }
        List<OfferCode> created = new ArrayList<OfferCode>(codes.size());
        for (String code : codes) {
            OfferCode offerCode = offerCodeDao.create();
            offerCode.setOffer(offer);
            offerCode.setOfferCode(code);
            offerCode.setStartDate(Date.from(startsAt));
            offerCode.setEndDate(endsAt == null ? null : Date.from(endsAt));
            offerCode.setMaxUses(0);
            entityManager.persist(offerCode);
            created.add(offerCode);
        }
        entityManager.flush();
        List<Long> ids = new ArrayList<Long>(created.size());
        for (OfferCode offerCode : created) {
            ids.add(offerCode.getId());
            // Batches of thousands: what was written need not stay in the persistence context.
            entityManager.detach(offerCode);
        }
        return ids;
    }

    @Override
    public void changeOffer(long offerId, String name, Instant endsAt) {
        Offer offer = offerDao.readOfferById(offerId);
        if (offer == null) {
            throw new IllegalStateException("no offer " + offerId + " behind the club's codes");
        }
        offer.setName(name);
        offer.setMarketingMessage(name);
        offer.setEndDate(endsAt == null ? null : Date.from(endsAt));
        entityManager.flush();
    }

    @Override
    public void moveOfferCodesEnd(List<Long> offerCodeIds, Instant endsAt) {
        Date end = endsAt == null ? null : Date.from(endsAt);
        // A bulk update in slices: a campaign may hold a hundred thousand codes.
        for (int from = 0; from < offerCodeIds.size(); from += 500) {
            List<Long> slice = offerCodeIds.subList(from, Math.min(from + 500, offerCodeIds.size()));
            entityManager.createQuery("UPDATE OfferCodeImpl c SET c.offerCodeEndDate = :end WHERE c.id IN (:ids)")
                    .setParameter("end", end).setParameter("ids", slice).executeUpdate();
        }
    }

    @Override
    public void deactivateOfferCode(long offerCodeId, Instant at) {
        OfferCode offerCode = offerCodeDao.readOfferCodeById(offerCodeId);
        if (offerCode == null) {
            throw new IllegalStateException("no offer code " + offerCodeId + " behind a club code");
        }
        // Both: the end date for a cart that holds it (isActive), archived for the admin's lists and lookups.
        offerCode.setEndDate(Date.from(at));
        offerCode.setArchived('Y');
        entityManager.flush();
    }

    public void setOfferDao(OfferDao offerDao) {
        this.offerDao = offerDao;
    }

    public void setOfferCodeDao(OfferCodeDao offerCodeDao) {
        this.offerCodeDao = offerCodeDao;
    }
}
