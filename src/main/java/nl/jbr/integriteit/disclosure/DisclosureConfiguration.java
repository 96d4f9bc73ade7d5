package nl.jbr.integriteit.disclosure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.warehouse.SqlQueries;

/** Wiring of disclosure control. */
@Configuration(proxyBeanMethods = false)
public class DisclosureConfiguration {

    @Bean
    Onthullingsbeheersing onthullingsbeheersing(SqlQueries queries) {
        IntervalAudit audit = new IntervalAudit();
        return new Onthullingsbeheersing(queries, new SuppressionPlanner(audit), audit);
    }
}
