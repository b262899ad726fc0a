package io.loyaltyclub.demo.site;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.checkout.BroadleafCheckoutController;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.loyaltyclub.demo.payment.PayOnDeliveryGateway;
import io.loyaltyclub.demo.payment.PayOnDeliveryPayments;

/**
 * The one-page checkout: the order summary and the demo's payment method. Placing the order puts a
 * "Pay on delivery (demo)" payment on the cart and runs Broadleaf's checkout workflow, which confirms the
 * payment through {@link PayOnDeliveryGateway}; the shopper lands on the confirmation page.
 */
@Controller
@RequestMapping("/checkout")
public class ShopCheckoutController extends BroadleafCheckoutController {

    @Resource(name = "demoPayOnDeliveryPayments")
    private PayOnDeliveryPayments payments;

    @RequestMapping(method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (isEmpty(CartState.getCart())) {
            return getCartPageRedirect();
        }
        model.addAttribute("paymentMethodName", PayOnDeliveryGateway.DISPLAY_NAME);
        return super.checkout(request, response, model, redirect);
    }

    @RequestMapping(value = "/complete", method = RequestMethod.POST)
    public String placeOrder(RedirectAttributes redirect) throws Exception {
        Order cart = CartState.getCart();
        if (isEmpty(cart)) {
            return getCartPageRedirect();
        }
        if (cart.getEmailAddress() == null && cart.getCustomer() != null) {
            cart.setEmailAddress(cart.getCustomer().getEmailAddress());
        }
        payments.payOnDelivery(cart);
        return processCompleteCheckoutOrderFinalized(redirect);
    }

    private static boolean isEmpty(Order cart) {
        return cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty();
    }
}
