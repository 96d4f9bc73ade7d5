package nl.jbr.integriteit.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DuckDB's native library, unpacked by the JDBC driver: when its jar holds the library (as in {@code java -jar}),
 * {@code org.duckdb.DuckDBNative} copies it (60 MB) to {@code Files.createTempFile("libduckdb_java", ".so")} in
 * {@code java.io.tmpdir} at every start, loads it, and deletes it only at a normal exit ({@code deleteOnExit}): a
 * killed run leaves it behind. The driver has no setting for that path; it loads the library from
 * {@code java.library.path} instead only when its jar does not hold it, which {@code bin/jbr} arranges (it unpacks
 * the library once next to the jar) and a plain {@code java -jar} cannot. So once the library is loaded, this class
 * removes the temporary copy: on Linux a loaded library stays mapped after its file is removed, so nothing is left
 * in the temporary folder from then on, also when the process is killed. Only that one file is touched: the one this
 * process has mapped (read from {@code /proc/self/maps}) with the driver's temporary name, in the temporary folder.
 */
final class DuckDbBibliotheek {

    private static final Logger log = LoggerFactory.getLogger(DuckDbBibliotheek.class);
    /** {@code Files.createTempFile("libduckdb_java", ".so")}: the prefix, a random number, the suffix. */
    private static final Pattern TIJDELIJK = Pattern.compile("libduckdb_java\\d+\\.so");
    private static final Pattern KAART = Pattern.compile("^\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\d+\\s+(/.*)$");
    private static final AtomicBoolean GEDAAN = new AtomicBoolean();

    private DuckDbBibliotheek() {
    }

    /** After the first connection of this process: removes the driver's temporary copy of the library, if it made one. */
    static void ruimTijdelijkeKopieOp() {
        if (!GEDAAN.compareAndSet(false, true)) {
            return;
        }
        Path kaarten = Path.of("/proc/self/maps");
        if (!Files.isReadable(kaarten)) {
            return; // not Linux: the driver's deleteOnExit is all there is
        }
        try {
            Path tijdelijk = Path.of(System.getProperty("java.io.tmpdir")).toRealPath();
            for (Path kopie : tijdelijkeKopieen(Files.readAllLines(kaarten), tijdelijk)) {
                Files.deleteIfExists(kopie);
                log.debug("DuckDB's temporary copy of its native library removed: {}", kopie);
            }
        } catch (IOException | RuntimeException e) {
            log.debug("DuckDB's temporary copy of its native library could not be removed", e);
        }
    }

    /** The mapped files of {@code maps} (lines of /proc/self/maps) named as the driver's temporary copy in {@code map}. */
    static List<Path> tijdelijkeKopieen(List<String> maps, Path map) {
        return maps.stream().map(KAART::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .filter(pad -> !pad.endsWith(" (deleted)")).map(Path::of).distinct()
                .filter(pad -> map.equals(pad.getParent()) && TIJDELIJK.matcher(pad.getFileName().toString()).matches())
                .toList();
    }
}
