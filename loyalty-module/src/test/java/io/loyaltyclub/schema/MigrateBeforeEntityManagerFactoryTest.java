package io.loyaltyclub.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

class MigrateBeforeEntityManagerFactoryTest {

    @Test
    void everyEntityManagerFactoryWaitsForTheMigrationAndKeepsItsOwnDependencies() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        RootBeanDefinition shopUnit = new RootBeanDefinition(LocalContainerEntityManagerFactoryBean.class);
        shopUnit.setDependsOn(new String[] {"blCacheManager"});
        beans.registerBeanDefinition("entityManagerFactory", shopUnit);
        beans.registerBeanDefinition("blEntityManagerFactorySecureInfo",
                new RootBeanDefinition(LocalContainerEntityManagerFactoryBean.class));
        beans.registerBeanDefinition("blCatalogService", new RootBeanDefinition(Object.class));

        MigrateBeforeEntityManagerFactory processor = new MigrateBeforeEntityManagerFactory();
        processor.postProcessBeanFactory(beans);
        processor.postProcessBeanFactory(beans);

        assertThat(beans.getBeanDefinition("entityManagerFactory").getDependsOn())
                .containsExactly("blCacheManager", "blLoyaltySchemaMigration");
        assertThat(beans.getBeanDefinition("blEntityManagerFactorySecureInfo").getDependsOn())
                .containsExactly("blLoyaltySchemaMigration");
        assertThat(beans.getBeanDefinition("blCatalogService").getDependsOn()).isNullOrEmpty();
    }
}
