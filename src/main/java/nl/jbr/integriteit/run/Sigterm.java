package nl.jbr.integriteit.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM as a request to stop, not as the end of the JVM (issue 13 item 6): {@code serve} stops scheduling, lets a
 * run in progress finish its current step, closes the application and exits 0, so systemd records a clean stop
 * without {@code SuccessExitStatus=143}. Without this the JVM would run its shutdown hooks and exit with 143.
 * SIGINT (Ctrl-C) keeps the JVM's default behaviour.
 */
public final class Sigterm {

    private static final Logger log = LoggerFactory.getLogger(Sigterm.class);

    private Sigterm() {
    }

    /** Installs {@code bijStop} as the handler of SIGTERM; false when the platform does not allow it. */
    @SuppressWarnings("restriction")
    public static boolean vangAf(Runnable bijStop) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("TERM"), signaal -> {
                log.info("SIGTERM ontvangen: geen nieuwe runs meer; een lopende run stopt na zijn huidige stap");
                bijStop.run();
            });
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            log.warn("SIGTERM kan niet worden afgevangen; bij SIGTERM eindigt de JVM met code 143");
            return false;
        }
    }
}
