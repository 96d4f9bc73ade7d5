package nl.jbr.integriteit.normalise.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Free-text screening for personal data. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    VrijeTekstScreening vrijeTekstScreening() {
        return new VrijeTekstScreening();
    }
}
