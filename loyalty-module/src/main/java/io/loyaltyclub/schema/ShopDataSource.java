package io.loyaltyclub.schema;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.FactoryBean;

/**
 * The shop's data source behind Broadleaf's {@code blPU}, looked up by name in {@code blMergedDataSources}
 * (the map every Broadleaf 3.1 shop defines). The club's tables live in the same database, so its migrations,
 * set-based reports and verification use this one.
 */
public class ShopDataSource implements FactoryBean<DataSource> {

    private Map<String, DataSource> dataSources;
    private String name = "jdbc/web";

    @Override
    public DataSource getObject() {
        DataSource dataSource = dataSources == null ? null : dataSources.get(name);
        if (dataSource == null) {
            throw new IllegalStateException("No data source named '" + name + "' in blMergedDataSources; "
                    + "set loyalty.schema.dataSource to the name of the data source behind blPU.");
        }
        return dataSource;
    }

    @Override
    public Class<?> getObjectType() {
        return DataSource.class;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }

    public void setDataSources(Map<String, DataSource> dataSources) {
        this.dataSources = dataSources;
    }

    public void setName(String name) {
        this.name = name;
    }
}
