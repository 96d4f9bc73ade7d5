package nl.jbr.integriteit.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/** Wiring of the ingestion feature: scanner, archive, validator, ledger. */
@Configuration(proxyBeanMethods = false)
public class IngestConfiguration {

    @Bean
    Ontvangstregister ontvangstregister(Warehouse warehouse, SqlQueries queries) {
        return new Ontvangstregister(warehouse, queries);
    }

    @Bean
    Inname inname(Ministeries ministeries, FormulierValidator validator, Ontvangstregister register, Warehouse warehouse,
                  JbrProperties properties) {
        return new Inname(new DropFolderScanner(ministeries), new Archief(properties.data(), properties.limits().maxFileBytes()), validator, register,
                warehouse, properties.innameThreads() > 0 ? properties.innameThreads() : Runtime.getRuntime().availableProcessors());
    }
}
