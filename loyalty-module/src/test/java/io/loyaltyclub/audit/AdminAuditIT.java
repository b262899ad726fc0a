package io.loyaltyclub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.loyaltyclub.program.ProgramService;
import io.loyaltyclub.program.ProgramSettings;
import io.loyaltyclub.testing.BroadleafContext;
import io.loyaltyclub.testing.BroadleafExtension;

/** The admin audit on the real schema: entries are kept as given, read newest first by pages, and roll back with their change. */
@ExtendWith(BroadleafExtension.class)
class AdminAuditIT {

    private final BroadleafContext context = BroadleafContext.get();
    private final AdminAudit audit = context.bean("blLoyaltyAdminAudit", AdminAudit.class);
    private final ProgramService program = context.bean("blLoyaltyProgramService", ProgramService.class);
    private final TransactionTemplate transaction = new TransactionTemplate(
            context.bean("blTransactionManager", PlatformTransactionManager.class));

    @Test
    void entriesAreKeptWithTheirFieldsAndReadNewestFirst() {
        String tier = "T" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> before = new LinkedHashMap<String, Object>();
        before.put("name", "Gold \"classic\" <b>");
        before.put("threshold", new java.math.BigDecimal("500.00"));
        long countBefore = audit.count();

        audit.record("admin", "Tier", tier, AdminAudit.CREATE, null, AuditJson.of(before));
        audit.record("clubmanager", "Tier", tier, AdminAudit.UPDATE, AuditJson.of(before),
                AuditJson.of(Collections.singletonMap("threshold", 750)));

        assertThat(audit.count()).isEqualTo(countBefore + 2);
        List<AuditEntry> history = audit.history("Tier", tier);
        assertThat(history).extracting(AuditEntry::getAction).containsExactly(AdminAudit.UPDATE, AdminAudit.CREATE);
        AuditEntry update = history.get(0);
        assertThat(update.getAdminName()).isEqualTo("clubmanager");
        assertThat(update.getBefore()).isEqualTo("{\"name\":\"Gold \\\"classic\\\" <b>\",\"threshold\":500.00}");
        assertThat(update.getAfter()).isEqualTo("{\"threshold\":750}");
        assertThat(update.getChangedAt()).isNotNull();
        assertThat(history.get(1).getBefore()).isNull();

        List<AuditEntry> firstPage = audit.page(0, 1);
        assertThat(firstPage).extracting(AuditEntry::getId).containsExactly(update.getId());
        assertThat(audit.page(1, 1)).extracting(AuditEntry::getId).containsExactly(history.get(1).getId());
    }

    @Test
    void aVeryLongTextIsCutToWhatTheColumnHolds() {
        String id = UUID.randomUUID().toString();
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < AuditEntry.MAX_TEXT + 500; i++) {
            longText.append('x');
        }
        audit.record("admin", "EarningRule", id, AdminAudit.UPDATE, longText.toString(), "{}");

        String kept = audit.history("EarningRule", id).get(0).getBefore();
        assertThat(kept).hasSize(AuditEntry.MAX_TEXT).endsWith("\u2026");
    }

    @Test
    void anEntryRollsBackWithTheChangeItRecords() {
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transaction.execute(status -> {
            audit.record("admin", "Reward", id, AdminAudit.UPDATE, "{}", "{}");
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(audit.history("Reward", id)).isEmpty();
    }

    @Test
    void anEntryNeedsAnAdminAnEntityAndAnAction() {
        assertThatThrownBy(() -> audit.record(" ", "Tier", "1", AdminAudit.CREATE, null, "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("admin");
        assertThatThrownBy(() -> audit.record("admin", null, "1", AdminAudit.CREATE, null, "{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entityType");
        assertThatThrownBy(() -> audit.page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReminderEmailSwitchIsAProgramSetting() {
        ProgramSettings settings = program.settings();
        assertThat(settings.isReminderEmailsEnabled()).isTrue();
        try {
            settings.setReminderEmailsEnabled(false);
            program.save(settings);
            assertThat(program.settings().isReminderEmailsEnabled()).isFalse();
        } finally {
            ProgramSettings restore = program.settings();
            restore.setReminderEmailsEnabled(true);
            program.save(restore);
        }
    }
}
