package io.loyaltyclub.demo.site;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.web.controller.account.BroadleafLoginController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The sign-in page; the form posts to Spring Security's /login_post.htm. */
@Controller
public class ShopLoginController extends BroadleafLoginController {

    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String show(HttpServletRequest request, HttpServletResponse response, Model model) {
        return super.login(request, response, model);
    }
}
