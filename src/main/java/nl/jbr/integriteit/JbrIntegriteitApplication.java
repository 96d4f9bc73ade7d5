package nl.jbr.integriteit;

import java.io.PrintStream;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import nl.jbr.integriteit.run.Cli;
import nl.jbr.integriteit.run.Commandos;
import nl.jbr.integriteit.run.Opdracht;
import nl.jbr.integriteit.run.Uitgang;

/** Entry point: {@code java -jar jbr-integriteit.jar run|validate ...} (contract section 7). */
@SpringBootApplication
public class JbrIntegriteitApplication {

    private static final Logger log = LoggerFactory.getLogger(JbrIntegriteitApplication.class);

    public static void main(String[] args) {
        System.exit(start(System.out, System.err, args));
    }

    /** Runs one command and returns its exit code (see {@link Uitgang}). */
    public static int start(PrintStream out, PrintStream err, String... args) {
        Opdracht opdracht;
        try {
            opdracht = Cli.parse(args);
        } catch (Cli.Gebruiksfout e) {
            err.println(e.getMessage());
            err.print(Cli.GEBRUIK);
            return Uitgang.GEBRUIK;
        }
        String[] springArgs = Cli.eigenschappen(opdracht).entrySet().stream()
                .map((Map.Entry<String, Object> e) -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        SpringApplication application = new SpringApplication(JbrIntegriteitApplication.class);
        try (ConfigurableApplicationContext context = application.run(springArgs)) {
            return context.getBean(Commandos.class).voerUit(opdracht, out, err);
        } catch (Exception e) {
            log.error("The {} command failed", opdracht.commando(), e);
            err.println("De opdracht '" + opdracht.commando() + "' is mislukt: " + e.getMessage());
            return Uitgang.MISLUKT;
        }
    }
}
