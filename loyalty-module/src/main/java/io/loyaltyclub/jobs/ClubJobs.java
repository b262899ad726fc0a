package io.loyaltyclub.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import io.loyaltyclub.checkout.OrderCatchUp;
import io.loyaltyclub.codes.auto.AutomaticCodes;
import io.loyaltyclub.credit.CreditSweep;
import io.loyaltyclub.events.ClubEventService;
import io.loyaltyclub.ledger.PointsSweep;
import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.reminders.MemberReminders;
import io.loyaltyclub.standing.SegmentService;
import io.loyaltyclub.standing.TierListener;
import io.loyaltyclub.standing.TierService;
import io.loyaltyclub.webhooks.WebhookDispatcher;

/**
 * Schedules the club's background work once the shop has started: catching up with orders it missed,
 * releasing pending points and store credit and rewarding referrals whose first order has passed the return
 * window (every few minutes); the expiry sweeps of points and credit, the members' tiers and segments and the
 * birthday codes (each by a cron expression, nightly or daily by default); the webhook deliveries (every few
 * seconds) and the reminder e-mails of every kind (daily, one kind after the other). Each run first takes the job's lease in the database ({@link JobLock}), so with several shop servers
 * only one runs it.
 */
public class ClubJobs implements ApplicationListener<ContextRefreshedEvent> {

    public static final String RELEASE_JOB = "points-release";
    public static final String EXPIRY_JOB = "points-expiry";
    public static final String WEBHOOKS_JOB = "webhooks";
    public static final String REMINDERS_JOB = "reminders";
    public static final String STANDING_JOB = "member-standing";
    public static final String BIRTHDAY_JOB = "birthday-codes";

    private static final Log LOG = LogFactory.getLog(ClubJobs.class);

    private final AtomicBoolean scheduled = new AtomicBoolean();

    private TaskScheduler scheduler;
    private JobLock jobLock;
    private PointsSweep sweep;
    private CreditSweep creditSweep;
    private ClubEventService events;
    private OrderCatchUp catchUp;
    private WebhookDispatcher webhooks;
    private long webhooksEverySeconds = 15;
    private List<MemberReminders> reminders = Collections.emptyList();
    private String reminderCron = "0 0 9 * * *";
    private TierService tiers;
    private SegmentService segments;
    private List<TierListener> tierListeners = Collections.emptyList();
    private String standingCron = "0 45 3 * * *";
    private int chunkSize = 500;
    private AutomaticCodes automaticCodes;
    private ProgramService program;
    private String birthdayCron = "0 0 6 * * *";
    private Clock clock = Clock.systemUTC();
    private boolean enabled = true;
    private long releaseEveryMinutes = 5;
    private String expiryCron = "0 15 3 * * *";
    private String timeZone = "UTC";
    private Duration lease = Duration.ofHours(2);

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // The storefront's and admin's servlet contexts refresh too and pass the event up: schedule once.
        if (!enabled || !scheduled.compareAndSet(false, true)) {
            return;
        }
        scheduler.scheduleWithFixedDelay(() -> runExclusively(RELEASE_JOB, () -> {
            catchUp.settle();
            sweep.releaseAll();
            creditSweep.releaseAll();
            return events.rewardDueReferrals();
        }),
                Duration.ofMinutes(releaseEveryMinutes).toMillis());
        scheduler.schedule(() -> runExclusively(EXPIRY_JOB, () -> {
            sweep.expireAll();
            return creditSweep.expireAll();
        }),
                new CronTrigger(expiryCron, TimeZone.getTimeZone(timeZone)));
        scheduler.scheduleWithFixedDelay(() -> runExclusively(WEBHOOKS_JOB, webhooks::dispatch),
                Duration.ofSeconds(webhooksEverySeconds).toMillis());
        scheduler.schedule(() -> runExclusively(REMINDERS_JOB, this::sendReminders),
                new CronTrigger(reminderCron, TimeZone.getTimeZone(timeZone)));
        scheduler.schedule(this::evaluateStanding, new CronTrigger(standingCron, TimeZone.getTimeZone(timeZone)));
        scheduler.schedule(() -> runExclusively(BIRTHDAY_JOB, () -> automaticCodes.issueBirthdayCodes(
                clock.instant().atZone(program.settings().zone()).toLocalDate())),
                new CronTrigger(birthdayCron, TimeZone.getTimeZone(timeZone)));
        LOG.info("Loyalty club jobs scheduled: release every " + releaseEveryMinutes + " min, expiry at '"
                + expiryCron + "', tiers and segments at '" + standingCron + "' (" + timeZone + ")");
    }

    /**
     * The members' standing, under the job's lease: tiers follow the figures (downgrades after the grace), then
     * every customer's segments (time-based conditions such as days since the last order). Chunked.
     */
    public boolean evaluateStanding() {
        return runExclusively(STANDING_JOB, () -> {
            int tierChanges = tiers.evaluate(chunkSize);
            for (TierListener listener : tierListeners) {
                listener.catchUp(chunkSize);
            }
            int customers = segments.refreshAll(chunkSize);
            LOG.info("Loyalty club standing: " + tierChanges + " tier change(s), segments of " + customers + " customers");
            return null;
        });
    }

    /** The reminder e-mails of each kind; a kind that fails does not hold up the others. The e-mails sent. */
    private int sendReminders() {
        // The program's switch is read on each run, so turning the e-mails off in the admin takes effect at once.
        if (!program.settings().isReminderEmailsEnabled()) {
            return 0;
        }
        int sent = 0;
        for (MemberReminders kind : reminders) {
            try {
                sent += kind.sendDue();
            } catch (RuntimeException e) {
                LOG.error("Reminder e-mails of " + kind.getClass().getSimpleName() + " failed; the next run tries again", e);
            }
        }
        return sent;
    }

    /** Runs the job if no other server holds its lease; returns whether it ran. */
    public boolean runExclusively(String job, Callable<?> work) {
        if (!jobLock.tryAcquire(job, lease)) {
            LOG.debug("Job " + job + " is running on another server");
            return false;
        }
        try {
            work.call();
            return true;
        } catch (Exception e) {
            LOG.error("Job " + job + " failed; the next run resumes where it stopped", e);
            return false;
        } finally {
            jobLock.release(job);
        }
    }

    public void setAutomaticCodes(AutomaticCodes automaticCodes) {
        this.automaticCodes = automaticCodes;
    }

    public void setProgram(ProgramService program) {
        this.program = program;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    public void setBirthdayCron(String birthdayCron) {
        this.birthdayCron = birthdayCron;
    }

    public void setScheduler(TaskScheduler scheduler) {
        this.scheduler = scheduler;
    }

    public void setJobLock(JobLock jobLock) {
        this.jobLock = jobLock;
    }

    public void setSweep(PointsSweep sweep) {
        this.sweep = sweep;
    }

    public void setCreditSweep(CreditSweep creditSweep) {
        this.creditSweep = creditSweep;
    }

    public void setCatchUp(OrderCatchUp catchUp) {
        this.catchUp = catchUp;
    }

    public void setEvents(ClubEventService events) {
        this.events = events;
    }

    public void setWebhooks(WebhookDispatcher webhooks) {
        this.webhooks = webhooks;
    }

    public void setWebhooksEverySeconds(long webhooksEverySeconds) {
        this.webhooksEverySeconds = webhooksEverySeconds;
    }

    public void setReminders(List<MemberReminders> reminders) {
        this.reminders = reminders;
    }

    public void setReminderCron(String reminderCron) {
        this.reminderCron = reminderCron;
    }

    public void setTiers(TierService tiers) {
        this.tiers = tiers;
    }

    public void setSegments(SegmentService segments) {
        this.segments = segments;
    }

    public void setTierListeners(List<TierListener> tierListeners) {
        this.tierListeners = tierListeners;
    }

    public void setStandingCron(String standingCron) {
        this.standingCron = standingCron;
    }

    public void setChunkSize(int chunkSize) {
        this.chunkSize = chunkSize;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setReleaseEveryMinutes(long releaseEveryMinutes) {
        this.releaseEveryMinutes = releaseEveryMinutes;
    }

    public void setExpiryCron(String expiryCron) {
        this.expiryCron = expiryCron;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
