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
            // Spring's own message is English ("Cron expression must consist of 6 fields"): our sentence only
            err.println("De cron-uitdrukking '" + ValidateCommando.zichtbaar(opdracht.optie("cron")) + "' is ongeldig: "
                    + "schrijf zes velden gescheiden door spaties, seconden eerst (seconde minuut uur dag maand weekdag), "
                    + "bijvoorbeeld \"0 0 2 * * *\" voor elke nacht om 02:00.");
            return Uitgang.GEBRUIK;
        }
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
            try {
                int code = run.gepland(opdracht, out, err);
                log.info("Geplande run klaar met uitgangscode {}", code);
            } catch (Exception e) {
                log.error("Geplande run mislukt", e);
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
