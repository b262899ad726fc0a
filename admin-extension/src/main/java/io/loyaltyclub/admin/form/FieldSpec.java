package io.loyaltyclub.admin.form;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** How a screen shows one field: its name, label, kind of input, the choices of a list, and a hint. */
public final class FieldSpec {

    public enum Kind {
        TEXT, NUMBER, DATE, CHECKBOX, CHOICE, TEXTAREA
    }

    private final String name;
    private final String label;
    private final Kind kind;
    private final List<String> choices;
    private String hint;
    private boolean fixedOnEdit;

    private FieldSpec(String name, String label, Kind kind, List<String> choices) {
        this.name = name;
        this.label = label;
        this.kind = kind;
        this.choices = choices;
    }

    public static FieldSpec text(String name, String label) {
        return new FieldSpec(name, label, Kind.TEXT, Collections.<String>emptyList());
    }

    public static FieldSpec longText(String name, String label) {
        return new FieldSpec(name, label, Kind.TEXTAREA, Collections.<String>emptyList());
    }

    public static FieldSpec number(String name, String label) {
        return new FieldSpec(name, label, Kind.NUMBER, Collections.<String>emptyList());
    }

    public static FieldSpec date(String name, String label) {
        return new FieldSpec(name, label, Kind.DATE, Collections.<String>emptyList());
    }

    public static FieldSpec checkbox(String name, String label) {
        return new FieldSpec(name, label, Kind.CHECKBOX, Collections.<String>emptyList());
    }

    public static FieldSpec choice(String name, String label, Enum<?>[] values) {
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return new FieldSpec(name, label, Kind.CHOICE, Arrays.asList(names));
    }

    public FieldSpec hint(String hint) {
        this.hint = hint;
        return this;
    }

    /** The field cannot change once the record exists (e.g. a code members already hold). */
    public FieldSpec fixedOnEdit() {
        this.fixedOnEdit = true;
        return this;
    }

    public String getName() {
        return name;
    }

    public String getLabel() {
        return label;
    }

    public String getKind() {
        return kind.name();
    }

    public List<String> getChoices() {
        return choices;
    }

    public String getHint() {
        return hint;
    }

    public boolean isFixedOnEdit() {
        return fixedOnEdit;
    }
}
