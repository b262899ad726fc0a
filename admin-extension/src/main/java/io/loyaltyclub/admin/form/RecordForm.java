package io.loyaltyclub.admin.form;

/** A checked form for one kind of record: its messages, and the values written into a record once valid. */
public interface RecordForm<R> {

    FormInput input();

    /** Writes the checked values into {@code record}; only called when {@link FormInput#hasErrors()} is false. */
    void applyTo(R record);
}
