package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.uitvoer.Kopie;
import nl.jbr.integriteit.uitvoer.GeweigerdPad;

/**
 * Publishes {@code <root>/<jaar>/} all at once. The content is written to {@code .<jaar>.tmp-<pid>-<runId>-<random>}
 * beside it; only when complete, the old directory is renamed to {@code .<jaar>.old-...}, the new
 * one renamed into place, and the old one deleted. Readers see the old year or the new year, never a
 * half one. Leftovers of a crash are cleaned up on the next call: if the year itself is missing but an
 * {@code .old} copy exists (a crash between the two renames), the old copy is restored first. Temporary folders of
 * another process that is still running are left alone. A year that is a symbolic link is refused, never followed.
 */
public final class AtomicYearDirectory {

    private static final Logger log = LoggerFactory.getLogger(AtomicYearDirectory.class);

    /** Writes the content of a year into an (empty) directory. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path dir) throws IOException;
    }

    public Path publish(Path root, int jaar, String runId, Content content) {
        if (!runId.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("run id not usable in a file name: " + runId);
        }
        Path target = root.resolve(Integer.toString(jaar));
        // unique per process, not per run id: two runs with different data directories (both run 1) may share an output
        String uniek = ProcessHandle.current().pid() + "-" + runId + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path temp = root.resolve("." + jaar + ".tmp-" + uniek);
        Path old = root.resolve("." + jaar + ".old-" + uniek);
        try {
            Files.createDirectories(root);
            if (Files.isSymbolicLink(target)) {
                throw new GeweigerdPad(target);
            }
            recover(root, jaar, target);
            Files.createDirectory(temp);
            try {
                content.writeTo(temp);
            } catch (IOException | RuntimeException | Error e) {
                Kopie.verwijder(temp);
                throw e;
            }
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    Kopie.verwijder(temp);
                    throw e;
                }
                Kopie.verwijder(old);
            } else {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish year " + jaar + " in " + root, e);
        }
    }

    /** Restores an interrupted swap and removes temporary directories of earlier runs for this year. */
    private static void recover(Path root, int jaar, Path target) throws IOException {
        List<Path> olds = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "." + jaar + ".*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (vanLevendAnderProces(name)) {
                    continue; // another process publishing into the same output folder right now
                }
                if (name.startsWith("." + jaar + ".old-")) {
                    olds.add(entry);
                } else if (name.startsWith("." + jaar + ".tmp-")) {
                    temps.add(entry);
                }
            }
        }
        olds.sort(Comparator.naturalOrder());
        if (!Files.exists(target) && !olds.isEmpty()) {
            Path restore = olds.remove(olds.size() - 1);
            log.warn("{} wordt hersteld uit {}, achtergelaten door een onderbroken publicatie", target, restore);
            Files.move(restore, target, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path leftover : olds) {
            log.warn("Restant {} wordt verwijderd", leftover);
            Kopie.verwijder(leftover);
        }
        for (Path leftover : temps) {
            log.warn("Onvolledige publicatie {} wordt verwijderd", leftover);
            Kopie.verwijder(leftover);
        }
    }

    /** Whether a temporary name ({@code .<jaar>.tmp-<pid>-...}) belongs to another process that is still running. */
    private static boolean vanLevendAnderProces(String name) {
        int streep = name.indexOf('-');
        int tweede = streep < 0 ? -1 : name.indexOf('-', streep + 1);
        if (tweede < 0) {
            return false; // an older release's name: its run is over
        }
        try {
            long pid = Long.parseLong(name.substring(streep + 1, tweede));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
