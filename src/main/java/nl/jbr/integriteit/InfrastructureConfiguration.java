package nl.jbr.integriteit;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.jbr.integriteit.publish.Templates;
import nl.jbr.integriteit.schema.SchemaSource;
import nl.jbr.integriteit.warehouse.MartBuilder;
import nl.jbr.integriteit.warehouse.ReferenceData;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/** The shared infrastructure every feature uses: schemas, warehouse, SQL models and queries, templates, job repository. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JbrProperties.class)
public class InfrastructureConfiguration {

    @Bean
    SchemaSource schemaSource(JbrProperties properties) {
        return new SchemaSource(properties);
    }

    @Bean(destroyMethod = "close")
    Warehouse warehouse(JbrProperties properties) {
        return new Warehouse(properties.data().resolve("warehouse.duckdb"));
    }

    @Bean
    SqlModels sqlModels(JbrProperties properties) {
        return new SqlModels(properties.jobs());
    }

    @Bean
    SqlQueries sqlQueries(JbrProperties properties) {
        return new SqlQueries(properties.jobs(), SqlModels.JOB);
    }

    @Bean
    MartBuilder martBuilder(SqlModels models, SchemaSource schemas, SqlQueries queries) {
        return new MartBuilder(models, new ReferenceData(schemas, queries));
    }

    @Bean
    Templates templates(JbrProperties properties) {
        return new Templates(properties.jobs());
    }

    /**
     * The Spring Batch job repository. By default an H2 database file in the data directory, so a
     * crashed run can be recognised and restarted; {@code jbr.repository.url} (with
     * {@code jbr.repository.username} and {@code .password}) points it at PostgreSQL instead.
     */
    @Bean
    DataSource dataSource(JbrProperties properties, Environment environment) {
        String defaultUrl = "jdbc:h2:file:" + properties.data().toAbsolutePath().resolve("jobrepository").resolve("batch")
                + ";AUTO_SERVER=TRUE";
        return DataSourceBuilder.create()
                .url(environment.getProperty("jbr.repository.url", defaultUrl))
                .username(environment.getProperty("jbr.repository.username", "sa"))
                .password(environment.getProperty("jbr.repository.password", ""))
                .build();
    }
}
