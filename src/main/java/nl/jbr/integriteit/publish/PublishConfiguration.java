package nl.jbr.integriteit.publish;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.JbrProperties;
import nl.jbr.integriteit.schema.SchemaSource;

/** Wiring of the publication feature. */
@Configuration(proxyBeanMethods = false)
public class PublishConfiguration {

    @Bean
    Publisher publisher(SchemaSource schemas, JbrProperties properties) {
        return new Publisher(schemas, properties.jobs());
    }
}
