package nl.jbr.integriteit.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
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
            watcher = FileSystems.getDefault().newWatchService();
            registreer(watcher);
        } catch (IOException e) {
            log.warn("De inlevermap {} kan niet met gebeurtenissen bewaakt worden; elke {} s wordt hij opnieuw bekeken",
                    input, herscan.toSeconds());
        }
        beginstand = momentopname();
        thread.start();
    }

    private void kijk() {
        try (WatchService watcher = this.watcher != null ? this.watcher : FileSystems.getDefault().newWatchService()) {
            Map<String, String> verwerkt = beginstand;
            Map<String, String> gezien = beginstand;
            long laatsteWijziging = System.nanoTime();
            while (!gestopt) {
                boolean wachtend = !gezien.equals(verwerkt);
                WatchKey key = watcher.poll(wachtend ? Math.min(1000, herscan.toMillis()) : herscan.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                    registreer(watcher); // new ministry or year folders
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
        } catch (IOException | UncheckedIOException e) {
            log.error("De inlevermap {} kan niet bewaakt worden; terugmelding volgt bij de geplande run", input, e);
        }
    }

    /** Every folder under the drop folder (ministry and year), without following links. */
    private void registreer(WatchService watcher) throws IOException {
        try (Stream<Path> mappen = Files.walk(input, 2)) {
            for (Path map : mappen.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                map.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
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
