package io.loyaltyclub.reminders;

import java.util.Map;

/** Sends one reminder e-mail to a member; throws when it could not be handed over for sending. */
public interface ReminderMail {

    void send(long customerId, String subject, String template, Map<String, Object> model);
}
