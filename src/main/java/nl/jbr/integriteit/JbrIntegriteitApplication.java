package nl.jbr.integriteit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import nl.jbr.integriteit.onthulling.OnthullingConfiguration;
import nl.jbr.integriteit.terugmelding.TerugmeldingConfiguration;
import nl.jbr.integriteit.ingest.FormulierValidator;
import nl.jbr.integriteit.ingest.IngestConfiguration;
import nl.jbr.integriteit.ingest.ValidatorConfiguration;
import nl.jbr.integriteit.inleverstatus.InleverstatusConfiguration;
import nl.jbr.integriteit.normalise.NormaliseConfiguration;
import nl.jbr.integriteit.normalise.privacy.PrivacyConfiguration;
import nl.jbr.integriteit.publish.PublishConfiguration;
import nl.jbr.integriteit.run.Cli;
import nl.jbr.integriteit.run.Commandos;
import nl.jbr.integriteit.opdracht.Foutmelding;
import nl.jbr.integriteit.run.Instellingen;
import nl.jbr.integriteit.run.NachtelijkeRunConfiguration;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.run.RunCommando;
import nl.jbr.integriteit.run.RunSlot;
import nl.jbr.integriteit.run.ServeCommando;
import nl.jbr.integriteit.run.Sigterm;
import nl.jbr.integriteit.run.StatusCommando;
import nl.jbr.integriteit.opdracht.Uitgang;
import nl.jbr.integriteit.terugmelding.ValidatieCommando;
import nl.jbr.integriteit.terugmelding.ValidatieApplicatie;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.SchemaConfiguration;
import nl.jbr.integriteit.instellingen.JbrProperties;

/**
 * Entry point: {@code java -jar jbr-integriteit.jar run|validate ...} (contract section 7).
 *
 * <p>The configuration of each feature is listed here instead of found by component scanning: scanning reads every
 * class file of the application at every start (a tenth of a second or more of each command). A new
 * {@code @Configuration} or {@code @Component} is added to this list; {@code ApplicatieConfiguratieTest} fails when
 * one is missing.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import({InfrastructureConfiguration.class, SchemaConfiguration.class, NormaliseConfiguration.class, PrivacyConfiguration.class,
        ValidatorConfiguration.class, IngestConfiguration.class, OnthullingConfiguration.class, TerugmeldingConfiguration.class,
        InleverstatusConfiguration.class, PublishConfiguration.class, NachtelijkeRunConfiguration.class, Commandos.class})
public class JbrIntegriteitApplication {

    private static final Logger log = LoggerFactory.getLogger(JbrIntegriteitApplication.class);

    public static void main(String[] args) {
        System.exit(start(System.out, System.err, args));
    }

    static {
        // ojAlgo (the LP solver of disclosure control) prints a notice about hardware profiles on standard output the
        // first time it is used on a machine it has no profile for; the console is for the run's own sentences
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    /** Runs one command and returns its exit code (see {@link Uitgang}). */
    public static int start(PrintStream out, PrintStream err, String... args) {
        if (java.util.Arrays.asList(args).contains("-h") || java.util.Arrays.asList(args).contains("--help")) {
            out.print(Cli.GEBRUIK);
            return Uitgang.OK;
        }
        Opdracht opdracht;
        try {
            opdracht = Cli.parse(args);
        } catch (Cli.Gebruiksfout e) {
            err.println(e.getMessage());
            err.print(Cli.GEBRUIK);
            return Uitgang.GEBRUIK;
        }
        // everything the command line says is checked before anything is created: a usage error leaves no trace
        JbrProperties instellingen;
        try {
            instellingen = Instellingen.lees(opdracht);
        } catch (Cli.Gebruiksfout e) {
            err.println(e.getMessage());
            return Uitgang.GEBRUIK;
        }
        Path data = instellingen.data();
        if ("vaststellen".equals(opdracht.commando()) && !Files.isDirectory(data)) {
            err.println("De datamap " + data.toAbsolutePath() + " bestaat niet; er is daar nog nooit een run geweest, dus er "
                    + "is niets vast te stellen. Draai eerst 'run', of geef met --data de datamap van de runs.");
            return Uitgang.GEBRUIK;
        }
        if ("status".equals(opdracht.commando()) && !Files.isDirectory(data)) {
            // status only reads: a mistyped --data must not leave an empty data directory behind
            err.println("De datamap " + data.toAbsolutePath() + " bestaat niet; er is daar nog nooit een run geweest. "
                    + "Geef met --data de datamap van de runs (standaard data/ in de werkmap).");
            return Uitgang.GEBRUIK;
        }
        if ("run".equals(opdracht.commando()) || "serve".equals(opdracht.commando())) {
            Path input = instellingen.input();
            if (!Files.isDirectory(input)) {
                err.println("De invoermap " + input.toAbsolutePath() + (Files.exists(input, LinkOption.NOFOLLOW_LINKS)
                        ? " is geen map" : " bestaat niet") + "; er is niets gedaan. Geef met --input de inlevermap.");
                return Uitgang.GEBRUIK;
            }
        }
        if (!"validate".equals(opdracht.commando()) && !"formulier".equals(opdracht.commando())) {
            try {
                if (AlleenEigenaar.eigenMap(data)) {
                    log.warn("De datamap {} was leesbaar voor anderen; nu alleen voor de eigenaar", data.toAbsolutePath());
                }
            } catch (IOException | RuntimeException e) {
                // logging is not set up yet: the sentence is all there is (no stack trace on the console)
                err.println("De datamap " + data.toAbsolutePath() + " kan niet worden aangemaakt of afgeschermd: "
                        + Foutmelding.zin(e, data));
                return Uitgang.MISLUKT;
            }
        }
        // Only one process may open the embedded job repository (it opens no TCP port): `run` and `status` take the
        // run slot before the application opens it; `serve` holds the serve slot while it serves (it keeps the state
        // open between runs) and takes the run slot for each scheduled run; `run` takes both.
        RunSlot slot = null;
        try {
            if ("run".equals(opdracht.commando()) || "vaststellen".equals(opdracht.commando())) {
                boolean wachten = opdracht.heeft("wait");
                Optional<RunSlot> genomen = wachten ? RunSlot.wachtHandmatig(data, instellingen.run().wachttijd())
                        : RunSlot.probeerHandmatig(data);
                if (genomen.isEmpty()) {
                    err.println(RunCommando.bezetHandmatig(data, wachten ? instellingen.run().wachttijd() : null));
                    return Uitgang.BEZET;
                }
                slot = genomen.get();
            } else if ("serve".equals(opdracht.commando())) {
                Optional<RunSlot> genomen = RunSlot.probeerServe(data);
                if (genomen.isEmpty()) {
                    err.println(ServeCommando.bezet(data));
                    return Uitgang.BEZET;
                }
                slot = genomen.get();
            } else if ("status".equals(opdracht.commando())) {
                Optional<RunSlot> genomen = RunSlot.probeer(data);
                if (genomen.isEmpty()) {
                    out.println(StatusCommando.bezig(data, opdracht.heeft("json")));
                    return Uitgang.OK;
                }
                slot = genomen.get();
            }
            return start(opdracht, data, out, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Uitgang.MISLUKT;
        } catch (RuntimeException e) {
            // before the application started (the run slot): logging is not set up, the sentence is all there is
            err.println("De opdracht '" + opdracht.commando() + "' is mislukt: " + zin(opdracht, e, data));
            return Uitgang.MISLUKT;
        } finally {
            if (slot != null) {
                slot.close();
            }
        }
    }

    /**
     * Logback reports a log file it cannot write (a full disk) with a stack trace on the console, through the status
     * listener Spring Boot adds when it sets up logging; the command's own sentence says what happened. Runs right
     * after logging is set up.
     */
    private static final class StilleLogback implements org.springframework.context.ApplicationListener<
            org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent>, org.springframework.core.Ordered {
        @Override
        public void onApplicationEvent(org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent event) {
            if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
                var statusManager = context.getStatusManager();
                statusManager.getCopyOfStatusListenerList().stream()
                        .filter(l -> l instanceof ch.qos.logback.core.status.OnConsoleStatusListener)
                        .forEach(statusManager::remove);
            }
        }

        @Override
        public int getOrder() {
            return org.springframework.core.Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * The sentence for a failed command: {@code validate} and {@code formulier} keep no log file (see
     * {@link Cli#eigenschappen}), so theirs names none.
     */
    private static String zin(Opdracht opdracht, Throwable e, Path data) {
        if ("validate".equals(opdracht.commando()) || "formulier".equals(opdracht.commando())) {
            return Foutmelding.zonderLogboek(e, opdracht.heeft("uit") ? Path.of(opdracht.optie("uit")) : null);
        }
        return Foutmelding.zin(e, data);
    }

    private static int start(Opdracht opdracht, Path data, PrintStream out, PrintStream err) {
        String[] springArgs = Cli.eigenschappen(opdracht).entrySet().stream()
                .map((Map.Entry<String, String> e) -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        boolean valideren = "validate".equals(opdracht.commando());
        // validate checks one file: it starts only the schemas and the validator, not the job or the warehouse
        SpringApplication application = new SpringApplication(valideren ? ValidatieApplicatie.class : JbrIntegriteitApplication.class);
        // Our own shutdown hook, not Spring's: on SIGTERM the running step may finish before the context closes.
        application.setRegisterShutdownHook(false);
        application.addListeners(new StilleLogback());
        ConfigurableApplicationContext context;
        try {
            context = application.run(springArgs);
        } catch (Exception e) {
            log.error("Starten mislukt", e);
            err.println("De toepassing kon niet starten: " + zin(opdracht, e, data));
            return Uitgang.MISLUKT;
        }
        if (valideren) {
            try (context) {
                return new ValidatieCommando(context.getBean(FormulierValidator.class), context.getBean(Ministeries.class))
                        .voerUit(opdracht, out, err);
            } catch (RuntimeException e) {
                log.error("The validate command failed", e);
                err.println("De opdracht 'validate' is mislukt: " + zin(opdracht, e, data));
                return Uitgang.MISLUKT;
            }
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
        if ("serve".equals(opdracht.commando())) {
            // SIGTERM ends serve with exit code 0 after a clean stop (the hook stays for SIGINT)
            Sigterm.vangAf(commandos::stopVerzocht);
        }
        try {
            return commandos.voerUit(opdracht, out, err);
        } catch (Exception e) {
            log.error("De opdracht {} is mislukt", opdracht.commando(), e);
            err.println("De opdracht '" + opdracht.commando() + "' is mislukt: " + zin(opdracht, e, data));
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
