package io.loyaltyclub.storefront;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.loyaltyclub.LoyaltyException;
import io.loyaltyclub.broadleaf.offer.ClubCodeCart;
import io.loyaltyclub.broadleaf.payment.CartClubPayments;

/**
 * The forms of the cart and checkout fragments ({@code loyalty/fragments :: clubPayments}, {@code :: codeEntry}):
 * apply or remove store credit, pay with points, apply a code. Each answers with a redirect back to the page the
 * form was on ({@code returnTo}: {@code cart} or {@code checkout}); a refusal comes back as a flash attribute
 * {@value #ERRORS} (field name to message, in the shopper's language) shown next to that field, and nothing
 * changed. A guest is sent to sign in.
 */
@Controller
@RequestMapping("/loyalty/cart")
public class ClubCartController {

    /** Flash attribute: field name ({@code credit}, {@code points}, {@code code}) to the message of its refusal. */
    public static final String ERRORS = "loyaltyErrors";
    /** Flash attribute: the message key of what was done. */
    public static final String DONE = "loyaltyDone";

    @Resource(name = "blLoyaltyCartClubPayments")
    private CartClubPayments payments;
    @Resource(name = "blLoyaltyClubCodeCart")
    private ClubCodeCart codes;
    @Resource(name = "messageSource")
    private MessageSource messageSource;

    @RequestMapping(value = "/credit", method = RequestMethod.POST)
    public String applyCredit(@RequestParam(value = "amount", required = false) String amount,
            @RequestParam(value = "returnTo", required = false) String returnTo, Locale locale,
            RedirectAttributes redirect) {
        return change("credit", returnTo, locale, redirect, (cart, member) -> {
            BigDecimal asked = amount == null || amount.trim().isEmpty() ? null : decimal(amount);
            payments.applyCredit(cart, member, asked);
            return "loyalty.credit.applied";
        });
    }

    @RequestMapping(value = "/credit/remove", method = RequestMethod.POST)
    public String removeCredit(@RequestParam(value = "returnTo", required = false) String returnTo, Locale locale,
            RedirectAttributes redirect) {
        return change("credit", returnTo, locale, redirect, (cart, member) -> {
            payments.removeCredit(cart, member);
            return "loyalty.credit.removed";
        });
    }

    @RequestMapping(value = "/points", method = RequestMethod.POST)
    public String applyPoints(@RequestParam(value = "points", required = false) String points,
            @RequestParam(value = "returnTo", required = false) String returnTo, Locale locale,
            RedirectAttributes redirect) {
        return change("points", returnTo, locale, redirect, (cart, member) -> {
            payments.applyPoints(cart, member, wholePoints(points));
            return "loyalty.points.applied";
        });
    }

    @RequestMapping(value = "/points/remove", method = RequestMethod.POST)
    public String removePoints(@RequestParam(value = "returnTo", required = false) String returnTo, Locale locale,
            RedirectAttributes redirect) {
        return change("points", returnTo, locale, redirect, (cart, member) -> {
            payments.removePoints(cart, member);
            return "loyalty.points.removed";
        });
    }

    @RequestMapping(value = "/code", method = RequestMethod.POST)
    public String applyCode(@RequestParam(value = "code", required = false) String code,
            @RequestParam(value = "returnTo", required = false) String returnTo, Locale locale,
            HttpServletRequest request, RedirectAttributes redirect) {
        return change("code", returnTo, locale, redirect, (cart, member) -> {
            if (code == null || code.trim().isEmpty()) {
                throw new LoyaltyException("code_missing", "Type a code.");
            }
            codes.applyCode(cart, member, request.getSession().getId(), code.trim());
            return "loyalty.code.applied";
        });
    }

    /** One change to the member's cart, or its refusal next to {@code field}. */
    private String change(String field, String returnTo, Locale locale, RedirectAttributes redirect, CartChange change) {
        Customer member = ClubExpression.member();
        if (member == null) {
            return "redirect:/login";
        }
        String back = "redirect:" + returnPath(returnTo);
        Order cart = CartState.getCart();
        ClubMessages messages = new ClubMessages(messageSource);
        try {
            if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
                throw new LoyaltyException("empty_cart", "The cart is empty.");
            }
            redirect.addFlashAttribute(DONE, messages.text(change.apply(cart, member), locale));
        } catch (LoyaltyException refused) {
            Map<String, String> errors = new LinkedHashMap<String, String>();
            errors.put(field, messages.refusal(refused, locale));
            redirect.addFlashAttribute(ERRORS, errors);
        }
        return back;
    }

    /** Only the shop's own cart and checkout pages: a form cannot send the shopper elsewhere. */
    static String returnPath(String returnTo) {
        return "checkout".equals(returnTo) ? "/checkout" : "/cart";
    }

    static BigDecimal decimal(String amount) {
        try {
            return new BigDecimal(asciiDigits(amount.trim()));
        } catch (NumberFormatException e) {
            throw new LoyaltyException("invalid_amount", "An amount is a number such as 12.50.");
        }
    }

    static long wholePoints(String points) {
        String digits = points == null ? "" : asciiDigits(points.trim());
        if (!digits.matches("[0-9]{1,15}")) {
            throw new LoyaltyException("invalid_points", "Points are a whole number.");
        }
        return Long.parseLong(digits);
    }

    /** Digits of any script (Persian, Arabic-Indic, ...) as 0-9, so a number typed in the shopper's script reads. */
    static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ascii.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c == '\u066B' ? '.' : c);
        }
        return ascii.toString();
    }

    interface CartChange {
        /** Makes the change; returns the message key that says what was done. */
        String apply(Order cart, Customer member);
    }
}
