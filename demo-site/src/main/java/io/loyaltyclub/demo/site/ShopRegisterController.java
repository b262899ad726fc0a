package io.loyaltyclub.demo.site;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.web.controller.account.BroadleafRegisterController;
import org.broadleafcommerce.profile.web.core.form.RegisterCustomerForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Registration with e-mail address and password; the new shopper is signed in at once. */
@Controller
@RequestMapping("/register")
public class ShopRegisterController extends BroadleafRegisterController {

    public ShopRegisterController() {
        setUseEmailForLogin(true);
    }

    @RequestMapping(method = RequestMethod.GET)
    public String show(@ModelAttribute("registrationForm") RegisterCustomerForm form,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return super.register(form, request, response, model);
    }

    @RequestMapping(method = RequestMethod.POST)
    public String submit(@ModelAttribute("registrationForm") RegisterCustomerForm form, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
        String view = super.processRegister(form, errors, request, response, model);
        // Broadleaf answers its own AJAX forms with "ajaxredirect:"; this page posts a plain form.
        return view.startsWith("ajaxredirect:") ? "redirect:/account" : view;
    }

    @ModelAttribute("registrationForm")
    public RegisterCustomerForm registrationForm() {
        return initCustomerRegistrationForm();
    }
}
