package nl.jbr.integriteit.terugmelding;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.ingest.ValidatorConfiguration;
import nl.jbr.integriteit.normalise.NormaliseConfiguration;
import nl.jbr.integriteit.normalise.privacy.PrivacyConfiguration;
import nl.jbr.integriteit.schema.SchemaConfiguration;

/**
 * The application context of {@code validate}: schemas, normalisers and the form validator, nothing else. No
 * auto-configuration, so no job, job repository, scheduler or warehouse is started for a coordinator checking one
 * file (issue 14: start-up).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JbrProperties.class)
@Import({SchemaConfiguration.class, NormaliseConfiguration.class, PrivacyConfiguration.class, ValidatorConfiguration.class})
public class ValidatieApplicatie {
}
