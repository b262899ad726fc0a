package io.loyaltyclub.demo.site;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The home page: the shop's categories and a few products of each. */
@Controller
public class HomeController {

    static final int PRODUCTS_PER_CATEGORY = 2;

    @Resource(name = "blCatalogService")
    private CatalogService catalogService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        List<Category> categories = ShopNavigation.categories(catalogService);
        List<Product> featured = new ArrayList<Product>();
        for (Category category : categories) {
            featured.addAll(catalogService.findActiveProductsByCategory(category, PRODUCTS_PER_CATEGORY, 0));
        }
        model.addAttribute("categories", categories);
        model.addAttribute("featuredProducts", featured);
        return "home";
    }
}
