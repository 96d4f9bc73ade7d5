package nl.jbr.integriteit.bevinding;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * Whether a failure lies with the machine or its operator rather than with the data being processed: a full disk, a
 * data directory that cannot be written, damaged state, or a run being interrupted. Such a failure stops the run
 * (another file would fail the same way, and rejecting a ministry's file for it would be wrong); any other failure
 * while one file is read, checked or loaded is that file's (see {@code ingest/Inname}). The operator's sentence for
 * each is {@code opdracht/Foutmelding}'s.
 */
public final class Machinefout {

    private Machinefout() {
    }

    /** Any of the kinds below. */
    public static boolean is(Throwable fout) {
        return schijfVol(fout) || nietBeschrijfbaar(fout) || beschadigd(fout) || onderbroken(fout);
    }

    /** The disk is full. */
    public static boolean schijfVol(Throwable fout) {
        String alles = keten(fout);
        return alles.contains("no space left on device") || alles.contains("disk full") || alles.contains("disk is full")
                || alles.contains("not enough space");
    }

    /** A file or directory the pipeline writes is read-only or not ours to write. */
    public static boolean nietBeschrijfbaar(Throwable fout) {
        String alles = keten(fout);
        return heeft(fout, AccessDeniedException.class) || heeft(fout, ReadOnlyFileSystemException.class)
                || alles.contains("read-only file system") || alles.contains("permission denied")
                || alles.contains("access denied");
    }

    /**
     * The state in the data directory (warehouse, job repository) is damaged or unusable: a database error saying so. A
     * damaged input file is not meant (its reader's errors are not database errors).
     */
    public static boolean beschadigd(Throwable fout) {
        if (!heeft(fout, java.sql.SQLException.class)) {
            return false;
        }
        String alles = keten(fout);
        return alles.contains("mvstoreexception") || alles.contains("file corrupted") || alles.contains("not a valid duckdb database")
                || alles.contains("corrupt") || alles.contains("serialization error") || alles.contains("invalid database")
                || alles.contains("database has been invalidated") || alles.contains("connection is closed")
                || alles.contains("connection was closed") || alles.contains("database is closed");
    }

    /** The thread was interrupted: the run is being stopped. */
    public static boolean onderbroken(Throwable fout) {
        return Thread.currentThread().isInterrupted() || heeft(fout, InterruptedException.class)
                || heeft(fout, InterruptedIOException.class) || heeft(fout, ClosedByInterruptException.class);
    }

    /** Every class name and message of the cause chain, lower case, one per line. */
    public static String keten(Throwable fout) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            b.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code soort} is in the cause chain of {@code fout}. */
    public static boolean heeft(Throwable fout, Class<? extends Throwable> soort) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (soort.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
