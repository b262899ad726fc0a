-- Reversing a redeemed reward gives its budget back: what the month's points budget counted for it is kept
-- (its price then, also for a reward granted without points). Earlier redemptions fall back to their POINTS.
ALTER TABLE LOY_REWARD_REDEMPTION ADD COLUMN BUDGET_POINTS BIGINT;
