package io.loyaltyclub.reminders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reminder e-mail that is due: what it is about (one marker per subject, so none of them is reminded again)
 * and the figures its template shows.
 */
public final class Reminder {

    /**
     * A subject of a reminder: a row's id (a points lot, a code), or a member's occasion (the member's id with a
     * key such as the tier and its window, or a birthday's year).
     */
    public static final class Subject {

        private final long id;
        private final String key;

        private Subject(long id, String key) {
            if (key == null || key.length() > SentReminder.KEY_LENGTH) {
                throw new IllegalArgumentException("a reminder subject's key has up to " + SentReminder.KEY_LENGTH
                        + " characters: " + key);
            }
            this.id = id;
            this.key = key;
        }

        public long getId() {
            return id;
        }

        public String getKey() {
            return key;
        }
    }

    private final List<Subject> subjects = new ArrayList<Subject>();
    private final Map<String, Object> model = new HashMap<String, Object>();

    /** A reminder about rows of one kind (e.g. points lots), each named by its id. */
    public static Reminder aboutRows(List<Long> ids) {
        Reminder reminder = new Reminder();
        for (Long id : ids) {
            reminder.subjects.add(new Subject(id, ""));
        }
        return reminder;
    }

    /** A reminder about an occasion of the member, e.g. key "GOLD@2026-12-31". */
    public static Reminder aboutOccasion(long customerId, String key) {
        Reminder reminder = new Reminder();
        reminder.subjects.add(new Subject(customerId, key));
        return reminder;
    }

    /** Adds a subject named by its id and a key telling what sort of row it is (e.g. "code", "reward"). */
    public Reminder about(long id, String key) {
        subjects.add(new Subject(id, key));
        return this;
    }

    public Reminder with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    public List<Subject> getSubjects() {
        return Collections.unmodifiableList(subjects);
    }

    public Map<String, Object> getModel() {
        return Collections.unmodifiableMap(model);
    }
}
