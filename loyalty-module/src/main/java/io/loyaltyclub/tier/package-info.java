/**
 * Tiers, pure: the merchant's ladder ({@link io.loyaltyclub.tier.TierLadder}), which tier a member's monthly
 * figures reach and hold with the grace of earlier windows ({@link io.loyaltyclub.tier.TierStanding}), how a
 * stored tier moves on a purchase, a reversal or the scheduled evaluation, and what a member still needs
 * ({@link io.loyaltyclub.tier.TierProgress}). Imports only the JDK; the services that store tiers live in
 * {@code io.loyaltyclub.standing}.
 */
package io.loyaltyclub.tier;
