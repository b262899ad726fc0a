package io.loyaltyclub.storefront;

import java.util.Locale;

import org.springframework.context.MessageSource;

import io.loyaltyclub.LoyaltyException;

/**
 * A refusal as the shopper reads it: the message {@code loyalty.error.<code>} of the shop's message source in
 * the shopper's locale, or the exception's own (English) message when the bundles have none for its code.
 */
public final class ClubMessages {

    public static final String ERROR_PREFIX = "loyalty.error.";

    private final MessageSource messages;

    public ClubMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String refusal(LoyaltyException refused, Locale locale) {
        return messages.getMessage(ERROR_PREFIX + refused.getCode(), null, refused.getMessage(), locale);
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
