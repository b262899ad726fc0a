package io.loyaltyclub.standing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the shop knows of its customers that segments look at: who they are, when they signed up, their birthday. */
public interface MemberProfiles {

    /** The shop's customer ids after {@code afterId}, in order, at most {@code limit}. */
    List<Long> customersAfter(long afterId, int limit);

    /** Sign-up date and birthday month of these customers (those the shop has), dates in {@code zone}. */
    Map<Long, Profile> profiles(Collection<Long> customerIds, ZoneId zone);

    /** A customer's sign-up date and birthday month, either possibly unknown ({@code null}). */
    final class Profile {

        private final LocalDate signedUp;
        private final Integer birthMonth;

        public Profile(LocalDate signedUp, Integer birthMonth) {
            this.signedUp = signedUp;
            this.birthMonth = birthMonth;
        }

        public LocalDate getSignedUp() {
            return signedUp;
        }

        public Integer getBirthMonth() {
            return birthMonth;
        }
    }
}
