package nl.jbr.integriteit.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

/**
 * {@code serve [--cron EXPR]}: runs the nightly job on a cron schedule (Spring's six-field cron, seconds
 * first; default {@code 0 0 2 * * *}, every night at 02:00) until stopped. On SIGTERM the application
 * calls {@link #stop()} and asks a run in progress to stop after its current step; a run that is killed
 * anyway is recovered by the next one.
 */
public final class ServeCommando {

    public static final String STANDAARD_CRON = "0 0 2 * * *";
    private static final Logger log = LoggerFactory.getLogger(ServeCommando.class);

    private final RunCommando run;
    private final CountDownLatch stop = new CountDownLatch(1);

    public ServeCommando(RunCommando run) {
        this.run = run;
    }

    public int voerUit(Opdracht opdracht, PrintStream out, PrintStream err) throws Exception {
        CronExpression cron;
        try {
            cron = CronExpression.parse(opdracht.heeft("cron") ? opdracht.optie("cron") : STANDAARD_CRON);
        } catch (IllegalArgumentException e) {
            err.println("De cron-uitdrukking is ongeldig: " + e.getMessage()
                    + " (zes velden, seconden eerst, bijvoorbeeld \"0 0 2 * * *\").");
            return Uitgang.GEBRUIK;
        }
        while (true) {
            LocalDateTime volgende = cron.next(LocalDateTime.now());
            if (volgende == null) {
                log.warn("The schedule has no next run; stopping");
                return Uitgang.OK;
            }
            log.info("Serving: next run at {}", volgende);
            long wacht = Math.max(0, Duration.between(LocalDateTime.now(), volgende).toMillis());
            if (stop.await(wacht, TimeUnit.MILLISECONDS)) {
                log.info("Stop requested; no further runs");
                return Uitgang.OK;
            }
            log.info("Scheduled run starting");
            try {
                int code = run.gepland(opdracht, out, err);
                log.info("Scheduled run ended with exit code {}", code);
            } catch (Exception e) {
                log.error("Scheduled run failed", e);
            }
            if (stop.getCount() == 0) {
                log.info("Stop requested; no further runs");
                return Uitgang.OK;
            }
        }
    }

    /** Stops scheduling: the wait ends at once; a run in progress is stopped by the caller. */
    public void stop() {
        stop.countDown();
    }
}
