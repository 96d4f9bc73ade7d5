package nl.jbr.integriteit;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
        // Our own shutdown hook, not Spring's: on SIGTERM the running step may finish before the context closes.
        application.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs);
        } catch (Exception e) {
            log.error("Start-up failed", e);
            err.println("De toepassing kon niet starten: " + e.getMessage());
            return Uitgang.MISLUKT;
        }
        Commandos commandos = context.getBean(Commandos.class);
        CountDownLatch klaar = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            commandos.stopVerzocht();
            try {
                klaar.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "graceful-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return commandos.voerUit(opdracht, out, err);
        } catch (Exception e) {
            log.error("The {} command failed", opdracht.commando(), e);
            err.println("De opdracht '" + opdracht.commando() + "' is mislukt: " + e.getMessage());
            return Uitgang.MISLUKT;
        } finally {
            context.close();
            klaar.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownInProgress) {
                // the hook is running and returns now that the context is closed
            }
        }
    }
}
