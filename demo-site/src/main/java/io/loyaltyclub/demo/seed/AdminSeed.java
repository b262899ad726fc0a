package io.loyaltyclub.demo.seed;

import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.DatabasePopulatorUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Loads the admin's rows into an empty database once the admin's context (and so Hibernate's schema) is up:
 * Broadleaf's own admin roles, permissions and menus (the SQL files in {@code broadleaf-framework}) and the
 * demo's admin user and Loyalty Club section ({@code demo-admin-seed.sql}). A database that already has an
 * admin user is left alone, so a restart keeps every change made in the admin.
 */
public class AdminSeed implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    private static final Log LOG = LogFactory.getLog(AdminSeed.class);

    private DataSource dataSource;
    private List<Resource> scripts;
    private ApplicationContext applicationContext;

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // The servlet's child context publishes its refresh here too; seed once, for the root context.
        if (event.getApplicationContext() != applicationContext) {
            return;
        }
        Integer adminUsers = new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM BLC_ADMIN_USER", Integer.class);
        if (adminUsers != null && adminUsers > 0) {
            LOG.info("Admin data present: not seeding");
            return;
        }
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
        populator.setSqlScriptEncoding("UTF-8");
        for (Resource script : scripts) {
            populator.addScript(script);
        }
        DatabasePopulatorUtils.execute(populator, dataSource);
        LOG.info("Seeded the admin: roles, permissions, menus, the Loyalty Club section and the user 'admin'");
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void setScripts(List<Resource> scripts) {
        this.scripts = scripts;
    }
}
