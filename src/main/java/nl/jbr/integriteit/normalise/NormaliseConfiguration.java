package nl.jbr.integriteit.normalise;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.schema.SchemaSource;

/** Category and code-list normalisation, configured from {@code jbr.schemas}. */
@Configuration(proxyBeanMethods = false)
public class NormaliseConfiguration {

    @Bean
    CategorieNormaliser categorieNormaliser(SchemaSource schemas) {
        return new CategorieNormaliser(schemas);
    }

    @Bean
    CodeLijsten codeLijsten(SchemaSource schemas) {
        return new CodeLijsten(schemas);
    }

    @Bean
    Totaalwoorden totaalwoorden(SchemaSource schemas) {
        return new Totaalwoorden(schemas);
    }
}
