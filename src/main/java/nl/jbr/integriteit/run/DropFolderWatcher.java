package nl.jbr.integriteit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the drop folder while {@code serve} runs and calls its action once something changed and the folder has
 * been quiet (every file's size and modification time unchanged) for {@code stabiel}: a coordinator's new or
 * corrected file gets its feedback within a minute. Java's {@link WatchService} wakes it at once; a rescan every
 * {@code herscan} is the fallback where no events arrive (network shares). Only what changes after start counts:
 * what arrived while {@code serve} was down is taken by the nightly run.
 * <p>
 * The watching itself never ends before {@link #close()}: when the {@link WatchService} fails (a folder removed while
 * it is being registered, the drop folder moved away, the system's limit of watches), the failure is logged, the
 * drop folder is looked at every second instead, and a new watch service is started at each of those looks until
 * one works again (which is logged too). Before, the first such failure ended the watching for good while
 * {@code serve} kept running.
 */
final class DropFolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DropFolderWatcher.class);

    private final Path input;
    private final Duration stabiel;
    private final Duration herscan;
    private final Runnable actie;
    private final Thread thread;
    private volatile boolean gestopt;
    private volatile Map<String, String> beginstand = Map.of();
    private volatile WatchService watcher;

    DropFolderWatcher(Path input, Duration stabiel, Duration herscan, Runnable actie) {
        this.input = input;
        this.stabiel = stabiel;
        this.herscan = herscan;
        this.actie = actie;
        this.thread = new Thread(this::kijk, "inlevermap-wachter");
        this.thread.setDaemon(true);
    }

    /**
     * Takes the first look at the drop folder now, in the caller's thread, so that a file dropped the moment
     * {@code serve} says it is ready counts as a change; then watches in the background.
     */
    void start() {
        try {
            watcher = nieuweWatcher();
        } catch (IOException | RuntimeException e) {
            watcher = null; // kijk() tries again, every second, and looks at the folder meanwhile
            log.warn("De inlevermap {} kan nu niet met gebeurtenissen bewaakt worden ({}); de map wordt elke seconde opnieuw "
                    + "bekeken tot de bewaking loopt", input, reden(e));
        }
        beginstand = momentopname();
        thread.start();
    }

    private void kijk() {
        Map<String, String> verwerkt = beginstand;
        Map<String, String> gezien = beginstand;
        long laatsteWijziging = System.nanoTime();
        boolean uitgevallen = false;
        try {
            while (!gestopt) {
                boolean wachtend = !gezien.equals(verwerkt);
                try {
                    if (watcher == null) {
                        watcher = nieuweWatcher();
                        if (uitgevallen) {
                            log.info("De bewaking van de inlevermap {} loopt weer", input);
                            uitgevallen = false;
                        }
                    }
                    WatchKey key = watcher.poll(wachtend ? Math.min(1000, herscan.toMillis()) : herscan.toMillis(),
                            TimeUnit.MILLISECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                        registreer(watcher); // new ministry or year folders
                    }
                } catch (IOException | RuntimeException e) { // also UncheckedIOException, ClosedWatchServiceException
                    sluit(watcher);
                    watcher = null;
                    if (!uitgevallen) {
                        log.warn("De bewaking van de inlevermap {} viel uit ({}); de map wordt elke seconde opnieuw bekeken "
                                + "tot de bewaking weer loopt", input, reden(e));
                        log.debug("Watch service failure", e);
                        uitgevallen = true;
                    }
                    Thread.sleep(Math.min(1000, herscan.toMillis())); // the periodic look, and the next attempt
                }
                Map<String, String> nu = momentopname();
                if (!nu.equals(gezien)) {
                    gezien = nu;
                    laatsteWijziging = System.nanoTime();
                } else if (!nu.equals(verwerkt) && System.nanoTime() - laatsteWijziging >= stabiel.toNanos()) {
                    log.info("De inlevermap is veranderd: terugmelding voor de nieuwe of gewijzigde bestanden");
                    try {
                        actie.run();
                    } catch (RuntimeException e) {
                        log.error("Terugmelding na een wijziging in de inlevermap mislukt", e);
                    }
                    verwerkt = nu;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            sluit(watcher);
        }
    }

    private WatchService nieuweWatcher() throws IOException {
        WatchService nieuw = FileSystems.getDefault().newWatchService();
        try {
            registreer(nieuw);
            return nieuw;
        } catch (IOException | RuntimeException e) {
            sluit(nieuw);
            throw e;
        }
    }

    private static void sluit(WatchService watcher) {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
    }

    /** A failure in a few words for the log: the kind of problem and the path, no stack trace. */
    private static String reden(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof NoSuchFileException) {
            return "een map verdween terwijl ze bewaakt werd: " + t.getMessage();
        }
        if (t instanceof ClosedWatchServiceException) {
            return "de bewaking werd gesloten";
        }
        return String.valueOf(t.getMessage());
    }

    /**
     * Every folder under the drop folder (ministry and year), without following links. A folder that vanishes while
     * this walks is simply not watched; the drop folder itself must be there (else this throws, and the watching is
     * tried again later).
     */
    private void registreer(WatchService watcher) throws IOException {
        input.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        Files.walkFileTree(input, Set.of(), 2, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path map, BasicFileAttributes a) throws IOException {
                if (!map.equals(input)) {
                    try {
                        map.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    } catch (NoSuchFileException e) {
                        return FileVisitResult.SKIP_SUBTREE; // removed meanwhile
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path pad, BasicFileAttributes a) throws IOException {
                if (a.isDirectory()) { // a year folder: at the depth limit, folders are visited as files
                    try {
                        pad.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                                StandardWatchEventKinds.ENTRY_DELETE);
                    } catch (NoSuchFileException e) {
                        // removed meanwhile
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path pad, IOException e) {
                return FileVisitResult.CONTINUE; // vanished or unreadable: the next look sees it as it is
            }
        });
    }

    /** Size and modification time of every regular file in the drop folder's year folders. */
    private Map<String, String> momentopname() {
        Map<String, String> bestanden = new TreeMap<>();
        try (Stream<Path> paden = Files.walk(input, 3)) {
            paden.forEach(p -> {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) {
                        bestanden.put(input.relativize(p).toString(), a.size() + "|" + a.lastModifiedTime().toMillis());
                    }
                } catch (IOException e) {
                    // vanished between listing and reading: the next look sees the folder as it is then
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.debug("Drop folder {} not readable now", input, e);
        }
        return bestanden;
    }

    @Override
    public void close() {
        gestopt = true;
        thread.interrupt();
    }
}
