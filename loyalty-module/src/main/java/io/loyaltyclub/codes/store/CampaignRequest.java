package io.loyaltyclub.codes.store;

import java.time.Instant;

/** What a new campaign is: build with {@link #of(String, String, CodeDiscount)}. */
public final class CampaignRequest {

    final String name;
    final String prefix;
    final CodeDiscount discount;
    String campaignKey;
    Long maxUses;
    Long maxUsesPerCustomer;
    Instant startsAt;
    Instant endsAt;

    private CampaignRequest(String name, String prefix, CodeDiscount discount) {
        this.name = name;
        this.prefix = prefix;
        this.discount = discount;
    }

    public static CampaignRequest of(String name, String prefix, CodeDiscount discount) {
        return new CampaignRequest(name, prefix, discount);
    }

    /** Creating the campaign again with the same key returns the first one. */
    public CampaignRequest key(String campaignKey) {
        this.campaignKey = campaignKey;
        return this;
    }

    /** The most uses of all the campaign's codes together. */
    public CampaignRequest maxUses(long maxUses) {
        this.maxUses = maxUses;
        return this;
    }

    public CampaignRequest maxUsesPerCustomer(long maxUsesPerCustomer) {
        this.maxUsesPerCustomer = maxUsesPerCustomer;
        return this;
    }

    public CampaignRequest window(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        return this;
    }
}
