package io.loyaltyclub.broadleaf.catalog;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.common.web.BroadleafRequestCustomerResolverImpl;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

/**
 * Answers "not found" for a category page the shopper may not see ({@link EarlyAccessCategories}), so a hidden
 * category looks like no category at all. Broadleaf 3.1's {@code CategoryHandlerMapping} resolves a category URL
 * and leaves the category in the request attribute {@value #CATEGORY_ATTRIBUTE} before the handler runs; this
 * interceptor (a {@code MappedInterceptor} in the site's servlet context, which every handler mapping picks up)
 * looks at it there. Any other page passes untouched.
 */
public class EarlyAccessCategoryInterceptor extends HandlerInterceptorAdapter {

    /** Where Broadleaf's category handler mapping puts the category it resolved. */
    static final String CATEGORY_ATTRIBUTE = "category";

    private EarlyAccessCategories categories;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        Object category = request.getAttribute(CATEGORY_ATTRIBUTE);
        if (!(category instanceof Category) || ((Category) category).getId() == null) {
            return true;
        }
        Customer customer = (Customer) BroadleafRequestCustomerResolverImpl.getRequestCustomerResolver().getCustomer(request);
        Long customerId = customer == null || customer.isAnonymous() ? null : customer.getId();
        if (categories.mayView(customerId, ((Category) category).getId())) {
            return true;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return false;
    }

    public void setCategories(EarlyAccessCategories categories) {
        this.categories = categories;
    }
}
