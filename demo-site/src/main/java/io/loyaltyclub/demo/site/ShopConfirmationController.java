package io.loyaltyclub.demo.site;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.web.controller.checkout.BroadleafOrderConfirmationController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The "thank you" page after checkout; only the shopper who placed the order sees it. */
@Controller
public class ShopConfirmationController extends BroadleafOrderConfirmationController {

    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String show(@PathVariable("orderNumber") String orderNumber, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String view = displayOrderConfirmationByOrderNumber(orderNumber, model, request, response);
        return view == null ? "redirect:/account" : view;
    }
}
