/**
 * Segments, pure: conditions stored as data ({@link io.loyaltyclub.segment.SegmentCondition}: field, operator,
 * value), combined in groups that must all hold, any group being enough ({@link io.loyaltyclub.segment.SegmentRule}),
 * evaluated on what the club knows of a customer on a given day ({@link io.loyaltyclub.segment.MemberFacts}).
 * The built-in lifecycle segments (new, repeat, loyal, at-risk, dormant) are such rules, seeded by the migrations
 * with thresholds the merchant edits. Imports only the JDK; membership, tags and the jobs live in
 * {@code io.loyaltyclub.standing}.
 */
package io.loyaltyclub.segment;
