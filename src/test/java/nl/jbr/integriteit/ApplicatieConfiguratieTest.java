package nl.jbr.integriteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;

import nl.jbr.integriteit.terugmelding.ValidatieApplicatie;

/**
 * The application lists its configuration classes instead of scanning for them at every start
 * ({@link JbrIntegriteitApplication}): every {@code @Configuration} and {@code @Component} of the application's
 * packages must be on that list, so a new one is not silently left out. The validation context
 * ({@link ValidatieApplicatie}) is a context of its own and imports what it needs itself.
 */
class ApplicatieConfiguratieTest {

    @Test
    void elkeConfiguratieStaatInDeLijstVanDeApplicatie() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        Set<String> gevonden = scanner.findCandidateComponents("nl.jbr.integriteit").stream()
                .map(BeanDefinition::getBeanClassName)
                .filter(naam -> !naam.equals(ValidatieApplicatie.class.getName())
                        && !naam.equals(JbrIntegriteitApplication.class.getName()))
                .collect(Collectors.toSet());
        Set<String> geimporteerd = Arrays.stream(JbrIntegriteitApplication.class.getAnnotation(Import.class).value())
                .map(Class::getName).collect(Collectors.toSet());
        assertThat(gevonden).isNotEmpty();
        assertThat(geimporteerd).containsAll(gevonden);
    }
}
