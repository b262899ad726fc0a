package io.loyaltyclub.admin.form;

/** Comma- or space-separated lists as typed into a form. */
final class TypedLists {

    private TypedLists() {
    }

    static String[] split(String list) {
        return list.trim().split("[,\\s]+");
    }
}
