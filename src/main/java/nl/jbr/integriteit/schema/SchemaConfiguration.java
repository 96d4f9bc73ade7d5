package nl.jbr.integriteit.schema;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.instellingen.JbrProperties;

/** The form definitions and the ministries code list, read once from {@code jbr.schemas}. */
@Configuration(proxyBeanMethods = false)
public class SchemaConfiguration {

    @Bean
    SchemaSource schemaSource(JbrProperties properties) {
        return new SchemaSource(properties);
    }

    @Bean
    Ministeries ministeries(SchemaSource schemas) {
        return new Ministeries(schemas);
    }

    @Bean
    Formulieren formulieren(SchemaSource schemas) {
        return new Formulieren(schemas);
    }

    @Bean
    Plausibiliteitsregels plausibiliteitsregels(SchemaSource schemas, Formulieren formulieren) {
        return new Plausibiliteitsregels(schemas, formulieren);
    }
}
