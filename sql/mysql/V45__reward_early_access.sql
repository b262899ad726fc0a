-- Early access rewards: redeeming tags the member with UNLOCKS_TAG, which opens the reward's hidden category
-- (CATEGORY_ID) in the storefront while the reward is active.
ALTER TABLE LOY_REWARD ADD COLUMN UNLOCKS_TAG VARCHAR(64);
