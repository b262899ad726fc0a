package io.loyaltyclub.codes.store;

import java.time.Instant;
import java.util.List;

/**
 * Where the shop's cart finds the club's codes: the shop's own offers and offer codes (Broadleaf's, through
 * {@code io.loyaltyclub.broadleaf.offer.BroadleafCodeOffers}), created in the caller's transaction.
 */
public interface CodeOffers {

    /** Creates the shop's offer behind a campaign; its id. */
    long createOffer(String name, CodeDiscount discount, Instant startsAt, Instant endsAt);

    /** Creates one shop offer code per code, valid in the window; their ids, in the order of the codes. */
    List<Long> createOfferCodes(long offerId, List<String> codes, Instant startsAt, Instant endsAt);

    /** Renames the shop's offer behind a campaign and moves its end ({@code null}: none). */
    void changeOffer(long offerId, String name, Instant endsAt);

    /** Moves the end of the shop's offer codes ({@code null}: none); the carts holding them follow at their next pricing. */
    void moveOfferCodesEnd(List<Long> offerCodeIds, Instant endsAt);

    /** Deactivates the shop's offer code from {@code at} on: the shop's promo form no longer takes it. */
    void deactivateOfferCode(long offerCodeId, Instant at);
}
