package io.loyaltyclub.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;

/** Two shop servers sharing one database: only one holds a job's lease, and a dead holder's lease runs out. */
@ExtendWith(BroadleafExtension.class)
class JobLockIT {

    @Test
    void onlyOneServerHoldsTheLeaseUntilItIsReleasedOrRunsOut(BroadleafContext context) {
        JobLock first = server(context);
        JobLock second = server(context);
        String job = "test-job-" + System.nanoTime();

        assertThat(first.tryAcquire(job, Duration.ofMinutes(10))).isTrue();
        assertThat(second.tryAcquire(job, Duration.ofMinutes(10))).isFalse();
        assertThat(first.tryAcquire(job, Duration.ofMinutes(10))).as("the holder renews").isTrue();

        first.release(job);
        assertThat(second.tryAcquire(job, Duration.ofMinutes(10))).isTrue();

        context.clock().advance(Duration.ofMinutes(11));
        assertThat(first.tryAcquire(job, Duration.ofMinutes(10))).as("the lease of a server that died ran out").isTrue();
    }

    @Test
    void aJobRunsOnlyWhereTheLeaseIsTaken(BroadleafContext context) {
        JobLock other = server(context);
        ClubJobs jobs = context.bean("blLoyaltyJobs", ClubJobs.class);
        assertThat(other.tryAcquire(ClubJobs.EXPIRY_JOB, Duration.ofMinutes(5))).isTrue();
        try {
            final int[] runs = {0};
            assertThat(jobs.runExclusively(ClubJobs.EXPIRY_JOB, () -> runs[0]++)).isFalse();
            assertThat(runs[0]).isZero();
        } finally {
            other.release(ClubJobs.EXPIRY_JOB);
        }
        final int[] runs = {0};
        assertThat(jobs.runExclusively(ClubJobs.EXPIRY_JOB, () -> runs[0]++)).isTrue();
        assertThat(runs[0]).isEqualTo(1);
    }

    private static JobLock server(BroadleafContext context) {
        JobLock lock = new JobLock();
        lock.setDataSource(context.dataSource());
        lock.setClock(context.clock());
        return lock;
    }
}
