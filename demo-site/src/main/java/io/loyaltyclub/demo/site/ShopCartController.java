package io.loyaltyclub.demo.site;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.controller.cart.BroadleafCartController;
import org.broadleafcommerce.core.web.order.model.AddToCartItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The cart page and its forms: add from a product page, change a quantity, remove a line. */
@Controller
@RequestMapping("/cart")
public class ShopCartController extends BroadleafCartController {

    @RequestMapping(method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) throws PricingException {
        return super.cart(request, response, model);
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String addItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("addToCartItem") AddToCartItem item, RedirectAttributes redirect) throws Exception {
        if (item.getQuantity() < 1) {
            item.setQuantity(1);
        }
        try {
            return super.add(request, response, model, item);
        } catch (AddToCartException e) {
            redirect.addFlashAttribute("cartError", "This product cannot be added to the cart right now.");
            return getCartPageRedirect();
        }
    }

    @RequestMapping(value = "/update", method = RequestMethod.POST)
    public String updateItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("addToCartItem") AddToCartItem item, RedirectAttributes redirect) throws Exception {
        try {
            return super.updateQuantity(request, response, model, item);
        } catch (UpdateCartException e) {
            redirect.addFlashAttribute("cartError", "The quantity could not be changed.");
            return getCartPageRedirect();
        }
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String removeItem(HttpServletRequest request, HttpServletResponse response, Model model,
            @ModelAttribute("addToCartItem") AddToCartItem item, RedirectAttributes redirect) throws Exception {
        try {
            return super.remove(request, response, model, item);
        } catch (RemoveFromCartException e) {
            redirect.addFlashAttribute("cartError", "The item could not be removed.");
            return getCartPageRedirect();
        }
    }
}
