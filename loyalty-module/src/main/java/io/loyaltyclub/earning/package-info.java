/**
 * Earning: how a completed order, or something a customer did, turns into points. Pure Java: the rules are data the
 * merchant edits, and {@link io.loyaltyclub.earning.EarningEngine} reads nothing but its arguments.
 *
 * <p><b>Rates.</b> An order earns on each line's eligible amount: what the customer paid for it after discounts,
 * without tax, shipping, and the part paid with store credit, points or gift cards. The amount is converted to the
 * program's base currency first, so the same value earns the same points in every currency; then the base rate
 * gives so many points per unit (1 point per 1.00, or 0.5, ...). If several base rates are in force, the highest
 * applies.</p>
 *
 * <p><b>Multipliers.</b> Product, category, tier and campaign multipliers raise a line's base points. They add up
 * rather than compound: each adds base &times; (coefficient &minus; 1), so a double-points campaign on a product
 * that already earns triple gives four times the base, not six. Exclusions beat everything: an excluded product
 * earns nothing and takes no share of bonuses. Gift cards earn nothing unless the program allows it.</p>
 *
 * <p><b>Bonuses.</b> Fixed points for the first order, every Nth order, a customer with at least K orders in the
 * previous 30 days, or one returning after at least D days. Every bonus whose condition holds is given, once per
 * order, provided at least one line of the order earns; multipliers never multiply bonuses.</p>
 *
 * <p><b>Caps.</b> Optional maximums per order, per customer per day and per customer per month (days and months in
 * the shop's time zone, counting what the customer already earned). Points above a cap are not earned, and the
 * breakdown shows each cap that applied as a negative line.</p>
 *
 * <p><b>Rounding.</b> Points are computed exactly and rounded down once per order, never per line: three lines
 * earning 49.995 points each give 149 points. The order's points are then attributed to its lines (bonuses in
 * proportion to the lines' amounts) by the largest-remainder method, so the lines add up exactly to the total and
 * returning a line takes back exactly the points it earned. The breakdown's items are rounded the same way and also
 * add up to the total. See {@link io.loyaltyclub.earning.PointsRounding}.</p>
 *
 * <p><b>Events.</b> Sign-up, a completed profile, a birthday, a product review and a referral can earn points too
 * ({@link io.loyaltyclub.earning.EventAward}); each comes with an occasion key so it earns at most once per customer,
 * year, product or referred customer. A referral between two identities of the same person (same customer, e-mail,
 * shipping address or payment method) is refused ({@link io.loyaltyclub.earning.SelfReferralCheck}).</p>
 */
package io.loyaltyclub.earning;
