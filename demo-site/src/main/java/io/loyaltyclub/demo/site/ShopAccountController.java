package io.loyaltyclub.demo.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.controller.account.BroadleafOrderHistoryController;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The shopper's account: their submitted orders, newest first, and each order's details. */
@Controller
@RequestMapping("/account")
public class ShopAccountController extends BroadleafOrderHistoryController {

    @RequestMapping(method = RequestMethod.GET)
    public String orders(HttpServletRequest request, Model model) {
        model.addAttribute("customer", CustomerState.getCustomer());
        String view = super.viewOrderHistory(request, model);
        @SuppressWarnings("unchecked")
        List<Order> orders = (List<Order>) model.asMap().get("orders");
        if (orders != null) {
            List<Order> newestFirst = new ArrayList<Order>(orders);
            Collections.sort(newestFirst, new Comparator<Order>() {
                @Override
                public int compare(Order a, Order b) {
                    return submitted(b).compareTo(submitted(a));
                }
            });
            model.addAttribute("orders", newestFirst);
        }
        return view;
    }

    private static Date submitted(Order order) {
        return order.getSubmitDate() == null ? new Date(0) : order.getSubmitDate();
    }

    @RequestMapping(value = "/orders/{orderNumber}", method = RequestMethod.GET)
    public String order(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request, Model model) {
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        // Broadleaf's own lookup does not check whose order it is.
        if (order == null || !order.getCustomer().equals(CustomerState.getCustomer())) {
            return "redirect:/account";
        }
        model.addAttribute("order", order);
        return "account/order";
    }
}
