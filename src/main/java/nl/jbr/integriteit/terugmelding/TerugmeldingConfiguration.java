package nl.jbr.integriteit.terugmelding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.ingest.Ontvangstregister;
import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/** Wiring of the feedback feature: the terugmelding of every file, from the ledger. */
@Configuration(proxyBeanMethods = false)
public class TerugmeldingConfiguration {

    @Bean
    Terugmeldingen terugmeldingen(Warehouse warehouse, SqlQueries queries, Ontvangstregister register, Templates templates) {
        return new Terugmeldingen(warehouse, queries, register, new TerugmeldingWriter(templates));
    }
}
