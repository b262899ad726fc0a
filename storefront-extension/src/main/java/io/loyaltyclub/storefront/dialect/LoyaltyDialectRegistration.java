package io.loyaltyclub.storefront.dialect;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.dialect.IDialect;

/**
 * Adds the club's dialect to a template engine bean (Broadleaf's {@code blWebTemplateEngine} by default) before
 * it is first used, so a shop does not have to redefine the engine and its dialect set.
 */
public class LoyaltyDialectRegistration implements BeanPostProcessor {

    private final IDialect dialect;
    private String engineBeanName = "blWebTemplateEngine";

    public LoyaltyDialectRegistration(IDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (engineBeanName.equals(beanName) && bean instanceof TemplateEngine) {
            TemplateEngine engine = (TemplateEngine) bean;
            if (!engine.getDialectsByPrefix().containsKey(dialect.getPrefix())) {
                engine.addDialect(dialect);
            }
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        return bean;
    }

    public void setEngineBeanName(String engineBeanName) {
        this.engineBeanName = engineBeanName;
    }
}
