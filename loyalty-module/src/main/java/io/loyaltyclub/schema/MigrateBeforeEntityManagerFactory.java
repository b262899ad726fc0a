package io.loyaltyclub.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Makes every JPA entity manager factory of the context wait for the club's schema migration.
 *
 * <p>Broadleaf defines its factories in its own context files, which a module cannot edit without replacing
 * them; adding a {@code depends-on} to their definitions keeps them as they are and still guarantees that
 * Hibernate starts on a schema the migrations already brought up to date.</p>
 */
public class MigrateBeforeEntityManagerFactory implements BeanFactoryPostProcessor {

    private String migrationBeanName = "blLoyaltySchemaMigration";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        for (String name : beanFactory.getBeanDefinitionNames()) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            if (LocalContainerEntityManagerFactoryBean.class.getName().equals(definition.getBeanClassName())) {
                List<String> dependsOn = new ArrayList<String>();
                if (definition.getDependsOn() != null) {
                    dependsOn.addAll(Arrays.asList(definition.getDependsOn()));
                }
                if (!dependsOn.contains(migrationBeanName)) {
                    dependsOn.add(migrationBeanName);
                    definition.setDependsOn(dependsOn.toArray(new String[dependsOn.size()]));
                }
            }
        }
    }

    public void setMigrationBeanName(String migrationBeanName) {
        this.migrationBeanName = migrationBeanName;
    }
}
