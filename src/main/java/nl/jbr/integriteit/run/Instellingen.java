package nl.jbr.integriteit.run;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Zichtbaar;

/**
 * The {@code jbr.*} settings of a command line, bound as the application will bind them (the command line, then Java
 * system properties and environment variables such as {@code JBR_LIMITS_MAXROWS}) before anything is created on disk:
 * a value of the wrong kind is a usage error with one Dutch sentence, not a failed start that has already made the
 * data directory and its log.
 */
public final class Instellingen {

    private Instellingen() {
    }

    public static JbrProperties lees(Opdracht opdracht) throws Cli.Gebruiksfout {
        StandardEnvironment omgeving = new StandardEnvironment();
        omgeving.getPropertySources().addFirst(new MapPropertySource("opdrachtregel", Map.copyOf(Cli.eigenschappen(opdracht))));
        try {
            return Binder.get(omgeving).bindOrCreate("jbr", JbrProperties.class);
        } catch (BindException e) {
            ConfigurationProperty eigenschap = e.getProperty();
            String naam = eigenschap == null ? e.getName().toString() : eigenschap.getName().toString();
            String waarde = eigenschap == null ? "" : String.valueOf(eigenschap.getValue());
            throw new Cli.Gebruiksfout("De instelling " + naam + " heeft de waarde '" + Zichtbaar.van(waarde)
                    + "'; dat is geen " + soort(e.getTarget().getType().resolve()) + ". Er is niets gedaan.");
        }
    }

    /** What a setting of this type is, in Dutch. */
    private static String soort(Class<?> type) {
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "geheel getal";
        }
        if (type == Duration.class) {
            return "tijdsduur (schrijf bijvoorbeeld 30s, 5m of 12h)";
        }
        return "geldige waarde";
    }
}
