package nl.jbr.integriteit.publish;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.tabel.TableCatalog;
import nl.jbr.integriteit.JbrProperties;
import nl.jbr.integriteit.warehouse.SqlQueries;

/** Wiring of the publication feature. */
@Configuration(proxyBeanMethods = false)
public class PublishConfiguration {

    @Bean
    Publisher publisher(SqlQueries queries, Templates templates, JbrProperties properties) {
        return new Publisher(queries, new TableCatalog(properties.jobs()), templates, Clock.systemUTC());
    }
}
