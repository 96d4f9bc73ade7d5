package nl.jbr.integriteit.publish;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.tabel.TableCatalog;
import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.uitvoer.Templates;

/** Wiring of the publication feature. */
@Configuration(proxyBeanMethods = false)
public class PublishConfiguration {

    /**
     * {@code jbr.hoofdstuk.aan} (default true): whether each published year gets its chapter (issue 25). The fast test
     * loop turns it off (pom.xml), since rendering a PDF per year would cost every pipeline test seconds; the chapter's
     * own tests turn it on.
     */
    @Bean
    Publisher publisher(SqlQueries queries, Templates templates, JbrProperties properties,
                        @Value("${jbr.hoofdstuk.aan:true}") boolean hoofdstuk) {
        return new Publisher(queries, new TableCatalog(properties.jobs()), templates, Clock.systemUTC(), hoofdstuk);
    }
}
