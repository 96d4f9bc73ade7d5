package nl.jbr.integriteit.publish.hoofdstuk;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * The PDF renderer's log, through the application's own logging instead of its own console handler: it wrote every
 * stylesheet parsed and font loaded (its INFO) on standard error during a run. Its INFO and finer become debug, its
 * warnings warnings, its errors errors, under the logger {@code com.openhtmltopdf.<where>}.
 */
final class PdfLogboek implements XRLogger {

    private static final PdfLogboek INSTANCE = new PdfLogboek();

    private PdfLogboek() {
    }

    /** Makes the renderer log through this; idempotent. */
    static void gebruik() {
        if (XRLog.getLoggerImpl() != INSTANCE) {
            XRLog.setLoggerImpl(INSTANCE);
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger log = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else {
            log.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the application's logging configuration
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
                || LoggerFactory.getLogger("com.openhtmltopdf").isDebugEnabled();
    }
}
