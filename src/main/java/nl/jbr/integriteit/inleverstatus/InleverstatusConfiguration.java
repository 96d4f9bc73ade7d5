package nl.jbr.integriteit.inleverstatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.publish.Opendatacatalogus;
import nl.jbr.integriteit.uitvoer.Templates;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/** Wiring of the inleverstatus; the deadline of a year is the setting {@code jbr.inleverdatum.<jaar>} (2026-03-01). */
@Configuration(proxyBeanMethods = false)
public class InleverstatusConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InleverstatusConfiguration.class);

    @Bean
    Inleverstatus inleverstatus(Warehouse warehouse, SqlQueries queries, Formulieren formulieren, Environment environment) {
        return new Inleverstatus(warehouse, queries, formulieren.alle().stream().map(Formulier::naam).toList(),
                jaar -> inleverdatum(environment, jaar), Clock.systemDefaultZone());
    }

    @Bean
    Overzichtspaginas overzichtspaginas(Templates templates, JbrProperties properties) {
        return new Overzichtspaginas(templates, new Opendatacatalogus(templates, properties.publicatie()));
    }

    static Optional<LocalDate> inleverdatum(Environment environment, int jaar) {
        String waarde = environment.getProperty("jbr.inleverdatum." + jaar);
        if (waarde == null || waarde.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(waarde.strip()));
        } catch (DateTimeParseException e) {
            log.warn("Inleverdatum voor {} is geen datum als 2026-03-01: '{}'; er wordt geen inleverdatum gebruikt", jaar, waarde);
            return Optional.empty();
        }
    }
}
