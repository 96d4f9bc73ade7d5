package nl.jbr.integriteit;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.SchemaSource;
import nl.jbr.integriteit.warehouse.MartBuilder;
import nl.jbr.integriteit.warehouse.ReferenceData;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.instellingen.JbrProperties;

/** The shared infrastructure every feature uses: warehouse, SQL models and queries, templates, job repository. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JbrProperties.class)
public class InfrastructureConfiguration {

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
    MartBuilder martBuilder(SqlModels models, SchemaSource schemas, SqlQueries queries, Formulieren formulieren) {
        return new MartBuilder(models, new ReferenceData(schemas, queries), formulieren);
    }

    @Bean
    Templates templates(JbrProperties properties) {
        return new Templates(properties.jobs());
    }

    /**
     * The Spring Batch job repository. By default an H2 database file in the data directory, so a
     * crashed run can be recognised and restarted; {@code jbr.repository.url} (with
     * {@code jbr.repository.username} and {@code .password}) points it at PostgreSQL instead.
     *
     * <p>The embedded H2 database opens no TCP port (no {@code AUTO_SERVER}): only the process holding the run slot
     * opens it, and its user has a generated password kept owner-only in the data directory
     * ({@link H2Wachtwoord}). H2's own shutdown hook is off ({@code DB_CLOSE_ON_EXIT=FALSE}): the application closes
     * the pool itself, after a stopping run has recorded its state. Idle connections are released after ten seconds,
     * so that an idle {@code serve} does not keep the file locked against {@code status}.
     */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(JbrProperties properties, Environment environment) {
        String url = environment.getProperty("jbr.repository.url");
        String username = environment.getProperty("jbr.repository.username");
        String password = environment.getProperty("jbr.repository.password");
        if (url == null) {
            Path map = properties.data().toAbsolutePath().resolve("jobrepository");
            url = "jdbc:h2:file:" + map.resolve("batch") + ";DB_CLOSE_ON_EXIT=FALSE";
            if (username == null && password == null) {
                username = H2Wachtwoord.GEBRUIKER;
                password = H2Wachtwoord.wachtwoord(map, url);
            }
        }
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(url)
                .username(username == null ? "sa" : username)
                .password(password == null ? "" : password)
                .build();
        dataSource.setMinimumIdle(0);
        dataSource.setIdleTimeout(10_000);
        return dataSource;
    }
}
