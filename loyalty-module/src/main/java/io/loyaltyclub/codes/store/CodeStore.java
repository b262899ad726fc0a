package io.loyaltyclub.codes.store;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TypedQuery;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.codes.CodeCsv;
import io.loyaltyclub.codes.CodeGenerator;

/**
 * The club's discount codes: campaigns with the shop's offer behind them, codes issued one by one or generated
 * in batches (unique in the database), and their uses, counted atomically when an order is submitted.
 *
 * <p>A use is counted by conditional updates ({@code USES = USES + 1 ... AND USES < MAX_USES}) on the code and
 * on its campaign, in that order, which also lock both rows until the transaction ends: of two checkouts racing
 * for the last use, the second waits and then finds none left. The per-customer limit is counted under the
 * campaign's lock. Uses are keyed by code and order, so a checkout tried again counts nothing twice.</p>
 */
public class CodeStore {

    static final int CHUNK = 500;

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private CodeOffers offers;
    private Clock clock = Clock.systemUTC();
    private CodeGenerator generator = CodeGenerator.secure();

    // --- campaigns and codes ---------------------------------------------------------------------------------

    @Transactional("blTransactionManager")
    public CodeCampaign createCampaign(CampaignRequest request) {
        if (request.campaignKey != null) {
            CodeCampaign earlier = campaignByKey(request.campaignKey);
            if (earlier != null) {
                return earlier;
            }
        }
        String name = request.name == null ? "" : request.name.trim();
        if (name.isEmpty() || name.length() > 255) {
            throw new LoyaltyException("invalid_campaign", "a campaign needs a name of up to 255 characters");
        }
        if (request.discount == null) {
            throw new LoyaltyException("invalid_campaign", "a campaign needs a discount");
        }
        requirePositive(request.maxUses, "maxUses");
        requirePositive(request.maxUsesPerCustomer, "maxUsesPerCustomer");
        Instant now = clock.instant();
        Instant startsAt = request.startsAt == null ? now : request.startsAt;
        requireWindow(startsAt, request.endsAt);
        long offerId = offers.createOffer(name, request.discount, startsAt, request.endsAt);
        CodeCampaign campaign = new CodeCampaign(request.campaignKey, name, CodeGenerator.prefix(request.prefix), offerId,
                request.maxUses, request.maxUsesPerCustomer, Date.from(startsAt), date(request.endsAt), Date.from(now));
        entityManager.persist(campaign);
        entityManager.flush();
        return campaign;
    }

    /**
     * Changes a campaign's name, use limits and end. The discount, prefix and start stay as created (codes are out
     * with them). Codes that ended with the campaign move with its end; codes with an earlier end of their own keep
     * it. Refused (nothing changed) when the total limit would be below the uses counted, or the end is not after
     * the start or is already past (ending a campaign now is {@link #endCampaign}).
     */
    @Transactional("blTransactionManager")
    public CodeCampaign changeCampaign(long campaignId, String name, Long maxUses, Long maxUsesPerCustomer, Instant endsAt) {
        CodeCampaign campaign = lockedCampaign(campaignId);
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 255) {
            throw new LoyaltyException("invalid_campaign", "a campaign needs a name of up to 255 characters");
        }
        requirePositive(maxUses, "maxUses");
        requirePositive(maxUsesPerCustomer, "maxUsesPerCustomer");
        if (maxUses != null && maxUses < campaign.getUses()) {
            throw new LoyaltyException("invalid_limit", "the campaign's codes were used " + campaign.getUses()
                    + " times already; its limit cannot be " + maxUses);
        }
        requireWindow(campaign.getStartsAt().toInstant(), endsAt);
        Instant now = clock.instant();
        boolean endMoves = !sameInstant(campaign.getEndsAt(), endsAt);
        if (endMoves && endsAt != null && !endsAt.isAfter(now)) {
            throw new LoyaltyException("invalid_window", "the campaign's end (" + endsAt + ") is past; end it now instead");
        }
        return applyChange(campaign, trimmed, maxUses, maxUsesPerCustomer, endsAt);
    }

    /** Ends a campaign now: none of its codes works from this moment. Ending an ended campaign changes nothing. */
    @Transactional("blTransactionManager")
    public CodeCampaign endCampaign(long campaignId) {
        CodeCampaign campaign = lockedCampaign(campaignId);
        Instant now = clock.instant();
        if (campaign.endedAt(now)) {
            return campaign;
        }
        return applyChange(campaign, campaign.getName(), campaign.getMaxUses(), campaign.getMaxUsesPerCustomer(), now);
    }

    private CodeCampaign applyChange(CodeCampaign campaign, String name, Long maxUses, Long maxUsesPerCustomer,
            Instant endsAt) {
        Date oldEnd = campaign.getEndsAt();
        if (!sameInstant(oldEnd, endsAt)) {
            // The codes whose end was the campaign's (generated codes, and issued ones without an earlier end).
            String following = oldEnd == null ? "c.endsAt IS NULL" : "c.endsAt = :oldEnd";
            TypedQuery<Long> query = entityManager.createQuery("SELECT c.offerCodeId FROM ClubCode c"
                    + " WHERE c.campaignId = :campaign AND " + following, Long.class)
                    .setParameter("campaign", campaign.getId());
            Query update = entityManager.createQuery("UPDATE ClubCode c SET c.endsAt = :newEnd"
                    + " WHERE c.campaignId = :campaign AND " + following)
                    .setParameter("newEnd", date(endsAt)).setParameter("campaign", campaign.getId());
            if (oldEnd != null) {
                query.setParameter("oldEnd", oldEnd);
                update.setParameter("oldEnd", oldEnd);
            }
            List<Long> offerCodeIds = query.getResultList();
            update.executeUpdate();
            offers.moveOfferCodesEnd(offerCodeIds, endsAt);
        }
        campaign.change(name, maxUses, maxUsesPerCustomer, date(endsAt));
        offers.changeOffer(campaign.getOfferId(), name, endsAt);
        entityManager.flush();
        return campaign;
    }

    private CodeCampaign lockedCampaign(long campaignId) {
        CodeCampaign campaign = campaign(campaignId);
        // Locked: a checkout counting a use at the same moment waits, so the new limit is checked against all uses.
        entityManager.refresh(campaign, LockModeType.PESSIMISTIC_WRITE);
        return campaign;
    }

    private static boolean sameInstant(Date date, Instant instant) {
        return date == null ? instant == null : instant != null && date.getTime() == instant.toEpochMilli();
    }

    /** Issues one code; with an issue key, issuing again returns the same code. */
    @Transactional("blTransactionManager")
    public ClubCode issue(CodeIssue issue) {
        if (issue.issueKey != null) {
            ClubCode earlier = codeByIssueKey(issue.issueKey);
            if (earlier != null) {
                return earlier;
            }
        }
        CodeCampaign campaign = campaign(issue.campaignId);
        requirePositive(issue.maxUses, "maxUses");
        Instant startsAt = latest(campaign.getStartsAt().toInstant(), issue.startsAt);
        Instant endsAt = earliest(campaign.getEndsAt() == null ? null : campaign.getEndsAt().toInstant(), issue.endsAt);
        requireWindow(startsAt, endsAt);
        String code;
        if (issue.fixedCode != null) {
            code = CodeGenerator.normalize(issue.fixedCode);
            if (!code.matches("[A-Z0-9-]{4,40}") || find(code) != null) {
                throw new LoyaltyException("invalid_code", "a chosen code is 4 to 40 letters, digits and dashes,"
                        + " not in use yet; was '" + issue.fixedCode + "'");
            }
        } else {
            code = draw(campaign.getPrefix(), 1).get(0);
        }
        long offerCodeId = offers.createOfferCodes(campaign.getOfferId(), Collections.singletonList(code), startsAt, endsAt).get(0);
        ClubCode created = new ClubCode(code, campaign.getId(), offerCodeId, issue.customerId, issue.maxUses,
                Date.from(startsAt), date(endsAt), issue.issueKey, Date.from(clock.instant()));
        entityManager.persist(created);
        entityManager.flush();
        return created;
    }

    /**
     * Generates {@code count} codes for the campaign, each usable by anyone {@code maxUsesEach} times (null: no
     * limit of their own), in the campaign's window; in chunks of {@value #CHUNK}, in one transaction (the shop's
     * offer codes with them: the batch is all or nothing).
     */
    @Transactional("blTransactionManager")
    public int generate(long campaignId, int count, Long maxUsesEach) {
        if (count < 1 || count > 1000000) {
            throw new LoyaltyException("invalid_count", "generate 1 to 1,000,000 codes at a time, not " + count);
        }
        requirePositive(maxUsesEach, "maxUsesEach");
        CodeCampaign campaign = campaign(campaignId);
        Instant startsAt = campaign.getStartsAt().toInstant();
        Instant endsAt = campaign.getEndsAt() == null ? null : campaign.getEndsAt().toInstant();
        Date now = Date.from(clock.instant());
        for (int done = 0; done < count; done += CHUNK) {
            List<String> codes = draw(campaign.getPrefix(), Math.min(CHUNK, count - done));
            List<Long> offerCodeIds = offers.createOfferCodes(campaign.getOfferId(), codes, startsAt, endsAt);
            List<ClubCode> chunk = new ArrayList<ClubCode>(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                ClubCode code = new ClubCode(codes.get(i), campaignId, offerCodeIds.get(i), null, maxUsesEach,
                        campaign.getStartsAt(), campaign.getEndsAt(), null, now);
                entityManager.persist(code);
                chunk.add(code);
            }
            entityManager.flush();
            // Only what this batch made leaves the persistence context: the caller's (a request's) entities stay.
            for (ClubCode code : chunk) {
                entityManager.detach(code);
            }
        }
        return count;
    }

    /** Codes not in the database yet (nor drawn twice). */
    private List<String> draw(String prefix, int count) {
        final Set<String> taken = new HashSet<String>();
        List<String> codes = new ArrayList<String>(generator.unique(prefix, count, taken::contains));
        for (int round = 0; round < 5; round++) {
            List<String> clashes = existing(codes);
            if (clashes.isEmpty()) {
                return codes;
            }
            codes.removeAll(clashes);
            taken.addAll(clashes);
            taken.addAll(codes);
            codes.addAll(generator.unique(prefix, clashes.size(), taken::contains));
        }
        throw new IllegalStateException("could not draw " + count + " free codes with prefix " + prefix);
    }

    private List<String> existing(List<String> codes) {
        return entityManager.createQuery("SELECT c.code FROM ClubCode c WHERE c.code IN (:codes)", String.class)
                .setParameter("codes", codes).getResultList();
    }

    // --- reading ---------------------------------------------------------------------------------------------

    /**
     * The code as typed (any case, surrounding spaces), or null; with its uses as the database has them now (the
     * request's entity manager may hold it from earlier).
     */
    public ClubCode find(String typed) {
        List<ClubCode> found = entityManager.createQuery("SELECT c FROM ClubCode c WHERE c.code = :code", ClubCode.class)
                .setParameter("code", CodeGenerator.normalize(typed)).getResultList();
        return found.isEmpty() ? null : fresh(found.get(0));
    }

    /** The code with its uses as the database has them now. */
    public ClubCode code(long codeId) {
        ClubCode code = entityManager.find(ClubCode.class, codeId);
        if (code == null) {
            throw new LoyaltyException("unknown_code", "no code " + codeId);
        }
        return fresh(code);
    }

    /** Every campaign, newest first (for the admin's list). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CodeCampaign> campaigns() {
        return entityManager.createQuery("SELECT c FROM CodeCampaign c ORDER BY c.id DESC", CodeCampaign.class)
                .getResultList();
    }

    public CodeCampaign campaign(long campaignId) {
        CodeCampaign campaign = entityManager.find(CodeCampaign.class, campaignId);
        if (campaign == null) {
            throw new LoyaltyException("unknown_campaign", "no code campaign " + campaignId);
        }
        return fresh(campaign);
    }

    private <T> T fresh(T entity) {
        entityManager.refresh(entity);
        return entity;
    }

    /**
     * Whether the customer could use the code now, as far as the club knows: the code's own window and uses, its
     * campaign's end and uses, and the campaign's limit per customer.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean usableBy(ClubCode code, long customerId) {
        Instant now = clock.instant();
        if (code.belongsToSomeoneElse(customerId) || !code.usableAt(now)) {
            return false;
        }
        CodeCampaign campaign = campaign(code.getCampaignId());
        if (campaign.endedAt(now)) {
            return false;
        }
        if (campaign.getMaxUses() != null && campaign.getUses() >= campaign.getMaxUses()) {
            return false;
        }
        return campaign.getMaxUsesPerCustomer() == null
                || usesByCustomer(campaign.getId(), customerId) < campaign.getMaxUsesPerCustomer();
    }

    /** The uses the customer's orders count of the campaign's codes. */
    public long usesByCustomer(long campaignId, long customerId) {
        return entityManager.createQuery("SELECT COUNT(u) FROM CodeUse u"
                + " WHERE u.campaignId = :campaign AND u.customerId = :customer AND u.status = :used", Long.class)
                .setParameter("campaign", campaignId).setParameter("customer", customerId)
                .setParameter("used", CodeUse.USED).getSingleResult();
    }

    public CodeCampaign campaignByKey(String campaignKey) {
        List<CodeCampaign> found = entityManager.createQuery("SELECT c FROM CodeCampaign c WHERE c.campaignKey = :key",
                CodeCampaign.class).setParameter("key", campaignKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    public ClubCode codeByIssueKey(String issueKey) {
        List<ClubCode> found = entityManager.createQuery("SELECT c FROM ClubCode c WHERE c.issueKey = :key", ClubCode.class)
                .setParameter("key", issueKey).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** A customer's personal codes, newest first. */
    public List<ClubCode> codesOf(long customerId) {
        return entityManager.createQuery("SELECT c FROM ClubCode c WHERE c.customerId = :customer ORDER BY c.id DESC",
                ClubCode.class).setParameter("customer", customerId).getResultList();
    }

    public List<CodeUse> usesOf(long orderId) {
        return entityManager.createQuery("SELECT u FROM CodeUse u WHERE u.orderId = :order ORDER BY u.codeId",
                CodeUse.class).setParameter("order", orderId).getResultList();
    }

    /**
     * Writes the campaign's codes as CSV ({@link CodeCsv}), in pages by id, so a campaign of any size streams
     * without being held in memory. The number of codes written.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long exportCsv(long campaignId, Writer out) throws IOException {
        campaign(campaignId);
        out.write(CodeCsv.HEADER);
        out.write('\n');
        long written = 0;
        long after = 0;
        while (true) {
            List<ClubCode> page = entityManager.createQuery("SELECT c FROM ClubCode c WHERE c.campaignId = :campaign"
                    + " AND c.id > :after ORDER BY c.id", ClubCode.class).setParameter("campaign", campaignId)
                    .setParameter("after", after).setMaxResults(CHUNK).getResultList();
            for (ClubCode code : page) {
                out.write(CodeCsv.line(code.getCode(), code.getCustomerId(), code.getMaxUses(), code.getUses(),
                        code.getStartsAt().toInstant(), code.getEndsAt() == null ? null : code.getEndsAt().toInstant()));
                out.write('\n');
                after = code.getId();
                written++;
                entityManager.detach(code);
            }
            if (page.size() < CHUNK) {
                return written;
            }
        }
    }

    // --- uses ------------------------------------------------------------------------------------------------

    /**
     * Counts one use of each of the club's codes among {@code typedCodes} (others are the shop's own and are
     * skipped) for the order; all or none. Refused, with nothing counted, when a code belongs to someone else,
     * is outside its window, has no use left, its campaign has none left, or the customer has used up their
     * share. Already counted for this order: counted once only.
     *
     * <p>A transaction of its own: this runs inside Broadleaf's checkout (see {@code SeparateEntityManager}).</p>
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.REQUIRES_NEW)
    public List<Long> reserve(long orderId, long customerId, Collection<String> typedCodes) {
        Set<String> normalized = new TreeSet<String>();
        for (String typed : typedCodes) {
            normalized.add(CodeGenerator.normalize(typed));
        }
        List<Long> reserved = new ArrayList<Long>();
        if (normalized.isEmpty()) {
            return reserved;
        }
        List<ClubCode> codes = entityManager.createQuery("SELECT c FROM ClubCode c WHERE c.code IN (:codes) ORDER BY c.id",
                ClubCode.class).setParameter("codes", normalized).getResultList();
        Date now = Date.from(clock.instant());
        for (ClubCode code : codes) {
            CodeUse use = use(code.getId(), orderId);
            if (use != null && CodeUse.USED.equals(use.getStatus())) {
                continue;
            }
            if (code.belongsToSomeoneElse(customerId)) {
                throw notValid();
            }
            if (now.before(code.getStartsAt()) || code.expiredAt(now.toInstant())
                    || entityManager.find(CodeCampaign.class, code.getCampaignId()).endedAt(now.toInstant())) {
                throw new LoyaltyException("code_expired", "code " + code.getCode() + " is not valid at " + now.toInstant());
            }
            if (count("UPDATE LOY_CODE SET USES = USES + 1 WHERE ID = ?1 AND (MAX_USES IS NULL OR USES < MAX_USES)",
                    code.getId()) == 0) {
                throw new LoyaltyException("code_used_up", "code " + code.getCode() + " has no use left");
            }
            if (count("UPDATE LOY_CODE_CAMPAIGN SET USES = USES + 1 WHERE ID = ?1 AND (MAX_USES IS NULL OR USES < MAX_USES)",
                    code.getCampaignId()) == 0) {
                throw new LoyaltyException("code_used_up", "the campaign of code " + code.getCode() + " has no use left");
            }
            CodeCampaign campaign = entityManager.find(CodeCampaign.class, code.getCampaignId());
            if (campaign.getMaxUsesPerCustomer() != null
                    && usesByCustomer(campaign.getId(), customerId) >= campaign.getMaxUsesPerCustomer()) {
                throw new LoyaltyException("code_used_up", "customer " + customerId + " has used the campaign of code "
                        + code.getCode() + " " + campaign.getMaxUsesPerCustomer() + " times already");
            }
            if (use == null) {
                entityManager.persist(new CodeUse(code.getId(), code.getCampaignId(), orderId, customerId, now));
            } else {
                use.usedAgain(now);
            }
            reserved.add(code.getId());
        }
        entityManager.flush();
        return reserved;
    }

    /** Gives back the uses the order counted (a failed checkout, a cancelled order); the number given back. */
    @Transactional("blTransactionManager")
    public int release(long orderId) {
        List<CodeUse> uses = usesOf(orderId);
        Date now = Date.from(clock.instant());
        int released = 0;
        for (CodeUse use : uses) {
            if (count("UPDATE LOY_CODE_USE SET STATUS = ?1, RELEASED_AT = ?2 WHERE ID = ?3 AND STATUS = ?4",
                    CodeUse.RELEASED, now, use.getId(), CodeUse.USED) == 1) {
                count("UPDATE LOY_CODE SET USES = USES - 1 WHERE ID = ?1 AND USES > 0", use.getCodeId());
                count("UPDATE LOY_CODE_CAMPAIGN SET USES = USES - 1 WHERE ID = ?1 AND USES > 0", use.getCampaignId());
                released++;
            }
        }
        return released;
    }

    /**
     * Revokes an unused code: no use left, its window closed now, and the shop's offer code behind it deactivated
     * (a cart holding it loses it at its next pricing). The conditional update locks the code, so a checkout
     * counting a use at the same moment either comes first (the code is then used: refused here) or finds no
     * use left. Refused with {@code code_already_used} when an order counts a use of it; revoking again does nothing.
     */
    @Transactional("blTransactionManager")
    public void revoke(long codeId) {
        ClubCode code = code(codeId);
        Instant now = clock.instant();
        if (count("UPDATE LOY_CODE SET MAX_USES = 0, ENDS_AT = ?1 WHERE ID = ?2 AND USES = 0 AND (MAX_USES IS NULL OR MAX_USES > 0)",
                Date.from(now), codeId) == 0) {
            ClubCode current = code(codeId);
            if (current.getUses() > 0) {
                throw new LoyaltyException("code_already_used", "code " + code.getCode() + " was used by an order and cannot be revoked");
            }
            return;
        }
        offers.deactivateOfferCode(code.getOfferCodeId(), now);
        entityManager.refresh(code);
    }

    private CodeUse use(long codeId, long orderId) {
        List<CodeUse> found = entityManager.createQuery("SELECT u FROM CodeUse u WHERE u.codeId = :code AND u.orderId = :order",
                CodeUse.class).setParameter("code", codeId).setParameter("order", orderId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Runs a native UPDATE; the rows it changed. */
    private int count(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    /** The one answer for a code that is unknown, or someone else's: it tells a guesser nothing. */
    public static LoyaltyException notValid() {
        return new LoyaltyException("code_not_valid", "This code is not valid.");
    }

    // --- checks ----------------------------------------------------------------------------------------------

    private static void requirePositive(Long value, String what) {
        if (value != null && value < 1) {
            throw new LoyaltyException("invalid_limit", what + " is at least 1 when set, was " + value);
        }
    }

    private static void requireWindow(Instant startsAt, Instant endsAt) {
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new LoyaltyException("invalid_window", "a window ends (" + endsAt + ") after it starts (" + startsAt + ")");
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    public void setOffers(CodeOffers offers) {
        this.offers = offers;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setGenerator(CodeGenerator generator) {
        this.generator = generator;
    }
}
