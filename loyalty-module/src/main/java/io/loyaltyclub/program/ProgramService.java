package io.loyaltyclub.program;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.transaction.annotation.Transactional;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.credit.cashback.CashBackRule;
import io.loyaltyclub.earning.EarningRule;
import io.loyaltyclub.earning.EventRule;

/**
 * The program as the merchant set it up: its settings, earning rules, event rules and exchange rates. Reads
 * go to the database each time (a settings change on one shop server is seen by all at once); they are
 * primary-key or small-table reads. A page that needs the settings in many places reads them once per request
 * with {@link RequestMemo#settings(ProgramService)}.
 *
 * <p>Implements no interface on purpose: its transactions come from a class-based proxy, injected by class.</p>
 */
public class ProgramService {

    @PersistenceContext(unitName = "blPU")
    private EntityManager entityManager;

    private Clock clock = Clock.systemUTC();

    /** The current settings, read fresh (a detached copy; change it and pass it to {@link #save(ProgramSettings)}). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public ProgramSettings settings() {
        ProgramSettings settings = entityManager.find(ProgramSettings.class, ProgramSettings.SINGLE_ROW);
        if (settings == null) {
            throw new IllegalStateException("LOY_PROGRAM has no row " + ProgramSettings.SINGLE_ROW
                    + ": the club's migrations have not run");
        }
        entityManager.refresh(settings);
        entityManager.detach(settings);
        return settings;
    }

    @Transactional("blTransactionManager")
    public ProgramSettings save(ProgramSettings settings) {
        settings.validate();
        settings.touch(Date.from(clock.instant()));
        RequestMemo.forget("programSettings");
        return entityManager.merge(settings);
    }

    /** The earning rules, as the engine uses them (inactive ones included: the engine skips them). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<EarningRule> earningRules() {
        List<EarningRule> rules = new ArrayList<EarningRule>();
        for (EarningRuleRecord record : earningRuleRecords()) {
            rules.add(record.toRule());
        }
        return rules;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<EarningRuleRecord> earningRuleRecords() {
        return entityManager.createQuery("select r from EarningRuleRecord r order by r.id", EarningRuleRecord.class)
                .getResultList();
    }

    /** Creates or changes an earning rule; refused (code {@code invalid_rule}) when its settings do not fit. */
    @Transactional("blTransactionManager")
    public EarningRuleRecord save(EarningRuleRecord rule) {
        requireName(rule.getName());
        if (rule.getType() == null) {
            throw new LoyaltyException(EarningRule.INVALID_RULE, "a rule needs a type");
        }
        rule.toRule();
        rule.touch(Date.from(clock.instant()));
        return store(rule, rule.getId());
    }

    /** The cash-back rules, as the calculator uses them (inactive ones included: the calculator skips them). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CashBackRule> cashBackRules() {
        List<CashBackRule> rules = new ArrayList<CashBackRule>();
        for (CashBackRuleRecord record : cashBackRuleRecords()) {
            rules.add(record.toRule());
        }
        return rules;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CashBackRuleRecord> cashBackRuleRecords() {
        return entityManager.createQuery("select r from CashBackRuleRecord r order by r.id", CashBackRuleRecord.class)
                .getResultList();
    }

    /** Creates or changes a cash-back rule; refused (code {@code invalid_rule}) when its settings do not fit. */
    @Transactional("blTransactionManager")
    public CashBackRuleRecord save(CashBackRuleRecord rule) {
        requireName(rule.getName());
        rule.toRule();
        rule.touch(Date.from(clock.instant()));
        return store(rule, rule.getId());
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<EventRule> eventRules() {
        List<EventRule> rules = new ArrayList<EventRule>();
        for (EventRuleRecord record : entityManager
                .createQuery("select r from EventRuleRecord r order by r.id", EventRuleRecord.class).getResultList()) {
            rules.add(record.toRule());
        }
        return rules;
    }

    @Transactional("blTransactionManager")
    public EventRuleRecord save(EventRuleRecord rule) {
        if (rule.getName() == null || rule.getName().trim().isEmpty() || rule.getEventType() == null) {
            throw new LoyaltyException("invalid_rule", "an event rule needs a name and an event type");
        }
        rule.toRule();
        rule.touch(Date.from(clock.instant()));
        return store(rule, rule.getId());
    }

    private static void requireName(String name) {
        if (name == null || name.trim().isEmpty() || name.length() > 100) {
            throw new LoyaltyException(EarningRule.INVALID_RULE, "a rule needs a name of at most 100 characters");
        }
    }

    /** Inserts a new rule, or saves the changes of an existing one. */
    private <T> T store(T rule, Long id) {
        if (id == null) {
            entityManager.persist(rule);
            return rule;
        }
        return entityManager.merge(rule);
    }

    /**
     * How many units of the base currency one unit of {@code currencyCode} is worth: 1 for the base currency,
     * otherwise the rate the merchant entered; refused ({@code missing_exchange_rate}) when there is none.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BigDecimal rateToBase(String currencyCode, ProgramSettings settings) {
        if (settings.getBaseCurrency().equals(currencyCode)) {
            return BigDecimal.ONE;
        }
        ExchangeRate rate = entityManager.find(ExchangeRate.class, currencyCode);
        if (rate == null) {
            throw new LoyaltyException("missing_exchange_rate", "no exchange rate from " + currencyCode + " to "
                    + settings.getBaseCurrency());
        }
        return rate.getRateToBase();
    }

    @Transactional("blTransactionManager")
    public void setExchangeRate(String currencyCode, BigDecimal rateToBase) {
        if (currencyCode == null || !currencyCode.matches("[A-Z]{3}")) {
            throw new LoyaltyException("invalid_currency", "a currency is a three-letter ISO 4217 code");
        }
        if (rateToBase == null || rateToBase.signum() <= 0 || rateToBase.compareTo(new BigDecimal("1000000")) > 0) {
            throw new LoyaltyException("invalid_exchange_rate", "an exchange rate is more than 0 and at most 1000000");
        }
        Date now = Date.from(clock.instant());
        ExchangeRate existing = entityManager.find(ExchangeRate.class, currencyCode);
        if (existing == null) {
            entityManager.persist(new ExchangeRate(currencyCode, rateToBase, now));
        } else {
            existing.change(rateToBase, now);
        }
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
