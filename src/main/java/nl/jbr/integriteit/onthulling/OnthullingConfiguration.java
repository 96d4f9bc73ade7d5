package nl.jbr.integriteit.onthulling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.warehouse.SqlQueries;

/** Wiring of disclosure control. */
@Configuration(proxyBeanMethods = false)
public class OnthullingConfiguration {

    @Bean
    Onthullingsbeheersing onthullingsbeheersing(SqlQueries queries) {
        IntervalAudit audit = new IntervalAudit();
        return new Onthullingsbeheersing(queries, new SuppressionPlanner(audit), audit);
    }
}
