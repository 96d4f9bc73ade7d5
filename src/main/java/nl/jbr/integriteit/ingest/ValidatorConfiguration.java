package nl.jbr.integriteit.ingest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.normalise.CategorieNormaliser;
import nl.jbr.integriteit.normalise.CodeLijsten;
import nl.jbr.integriteit.normalise.Totaalwoorden;
import nl.jbr.integriteit.normalise.privacy.VrijeTekstScreening;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.Plausibiliteitsregels;

/**
 * The form validator on its own: all that {@code validate} needs, so that command starts without the job, the job
 * repository or the warehouse (see {@code terugmelding/ValidatieApplicatie}).
 */
@Configuration(proxyBeanMethods = false)
public class ValidatorConfiguration {

    @Bean
    FormulierValidator formulierValidator(Formulieren formulieren, Ministeries ministeries, CategorieNormaliser categorieen,
                                          CodeLijsten codeLijsten, VrijeTekstScreening screening, Totaalwoorden totaalwoorden,
                                          Plausibiliteitsregels plausibiliteit, JbrProperties properties) {
        return new FormulierValidator(formulieren, ministeries, categorieen, codeLijsten, screening, totaalwoorden,
                plausibiliteit, properties.limits());
    }
}
