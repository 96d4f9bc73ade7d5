package nl.jbr.integriteit.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Uitgang;

/**
 * {@code serve [--cron EXPR]}: runs the nightly job on a cron schedule (Spring's six-field cron, seconds
 * first; default {@code 0 0 2 * * *}, every night at 02:00) until stopped, and between runs writes the feedback of
 * every file that is dropped or changed ({@link DropFolderWatcher}), without publishing tables. On SIGTERM the application
 * calls {@link #stop()} and asks a run in progress to stop after its current step; a run that is killed
 * anyway is recovered by the next one.
 */
public final class ServeCommando {

    public static final String STANDAARD_CRON = "0 0 2 * * *";
    private static final Logger log = LoggerFactory.getLogger(ServeCommando.class);

    private final RunCommando run;
    private final Path input;
    /** How long the drop folder must be quiet before a changed file gets its feedback (and stand still to be taken). */
    private final Duration rustperiode;
    /** How often the drop folder is rescanned where no file events arrive (network shares). */
    private final Duration herscan;
    private final CountDownLatch stop = new CountDownLatch(1);
    /** One run at a time in this process: the scheduled run and the watcher's feedback run share the run slot. */
    private final Object eenRun = new Object();

    public ServeCommando(RunCommando run, Path input, JbrProperties.Serve instellingen) {
        this.run = run;
        this.input = input;
        this.rustperiode = instellingen.rustperiode();
        this.herscan = instellingen.herscan();
    }

    /** The sentence for a serve that finds another serve, or a run started by hand, on its data directory. */
    public static String bezet(Path data) {
        return "Op de datamap " + data.toAbsolutePath() + " draait al een serve of een run (" + RunSlot.serveHouder(data)
                + "). Deze serve wordt niet gestart; er hoort één serve per datamap te draaien.";
    }

    public int voerUit(Opdracht opdracht, PrintStream out, PrintStream err) throws Exception {
        CronExpression cron;
        try {
            cron = Cli.cron(opdracht.heeft("cron") ? opdracht.optie("cron") : STANDAARD_CRON);
        } catch (Cli.Gebruiksfout e) {
            err.println(e.getMessage()); // the command line was checked before the start: only for a caller that did not
            return Uitgang.GEBRUIK;
        }
        try (DropFolderWatcher wachter = new DropFolderWatcher(input, rustperiode, herscan, () -> terugmelding(out, err))) {
            wachter.start();
            return plan(cron, opdracht, out, err);
        }
    }

    /** Feedback for what changed in the drop folder, between the scheduled runs. */
    private void terugmelding(PrintStream out, PrintStream err) {
        if (stop.getCount() == 0) {
            return;
        }
        synchronized (eenRun) {
            try {
                int code = run.alleenTerugmelding(out, err);
                log.info("Terugmelding klaar met uitgangscode {}", code);
            } catch (Exception e) {
                log.error("Terugmelding mislukt", e);
            }
        }
    }

    private int plan(CronExpression cron, Opdracht opdracht, PrintStream out, PrintStream err) throws InterruptedException {
        while (true) {
            LocalDateTime volgende = cron.next(LocalDateTime.now());
            if (volgende == null) {
                log.warn("Het schema heeft geen volgende run meer; serve stopt");
                return Uitgang.OK;
            }
            log.info("Serve: volgende run om {}", volgende);
            long wacht = Math.max(0, Duration.between(LocalDateTime.now(), volgende).toMillis());
            if (stop.await(wacht, TimeUnit.MILLISECONDS)) {
                log.info("Stoppen gevraagd; geen nieuwe runs meer");
                return Uitgang.OK;
            }
            log.info("Geplande run begint");
            synchronized (eenRun) {
                try {
                    int code = run.gepland(opdracht, out, err);
                    log.info("Geplande run klaar met uitgangscode {}", code);
                } catch (Exception e) {
                    log.error("Geplande run mislukt", e);
                }
            }
            if (stop.getCount() == 0) {
                log.info("Stoppen gevraagd; geen nieuwe runs meer");
                return Uitgang.OK;
            }
        }
    }

    /** Stops scheduling: the wait ends at once; a run in progress is stopped by the caller. */
    public void stop() {
        stop.countDown();
    }
}
