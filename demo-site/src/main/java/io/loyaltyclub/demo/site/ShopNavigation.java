package io.loyaltyclub.demo.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

/**
 * Puts the shop's categories into every page's model (as {@code navCategories}) for the header menu.
 * Categories with a URL are the ones a shopper can open.
 */
public class ShopNavigation extends HandlerInterceptorAdapter {

    @Resource(name = "blCatalogService")
    private CatalogService catalogService;

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView modelAndView) {
        if (modelAndView != null && modelAndView.getViewName() != null && !modelAndView.getViewName().startsWith("redirect:")) {
            modelAndView.addObject("navCategories", categories(catalogService));
        }
    }

    /** The active categories that have a page of their own, by name. */
    static List<Category> categories(CatalogService catalogService) {
        List<Category> categories = new ArrayList<Category>();
        for (Category category : catalogService.findAllCategories()) {
            if (category.getUrl() != null && category.isActive()) {
                categories.add(category);
            }
        }
        Collections.sort(categories, new Comparator<Category>() {
            @Override
            public int compare(Category a, Category b) {
                return a.getId().compareTo(b.getId());
            }
        });
        return categories;
    }
}
