package nl.jbr.integriteit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Test helper for the tests that need a tool from outside the JVM (chromium, pdftotext, node with npm packages, a
 * validator jar): without it a developer's run skips the test with a warning, but under {@code CI=true} (as
 * {@code .ci/run} runs) a missing tool fails the test, so CI cannot go green without its browser and validator tests
 * (issue 23 item 6).
 */
public final class Gereedschap {

    private Gereedschap() {
    }

    /** Skips the test (developer) or fails it ({@code CI=true}) with {@code melding} unless {@code aanwezig}. */
    public static void vereist(boolean aanwezig, String melding) {
        vereist(aanwezig, melding, System.getenv());
    }

    /** {@link #vereist(boolean, String)} against the given environment. */
    static void vereist(boolean aanwezig, String melding, Map<String, String> omgeving) {
        if (aanwezig) {
            return;
        }
        if ("true".equalsIgnoreCase(omgeving.getOrDefault("CI", "").strip())) {
            Assertions.fail(melding + " (CI=true: dit gereedschap is verplicht, de test mag niet overslaan)");
        }
        System.err.println("WAARSCHUWING: " + melding + "; test overgeslagen");
        Assumptions.abort(melding + "; test overgeslagen");
    }

    /** An executable named {@code naam} on the {@code PATH}. */
    public static Optional<Path> programma(String naam) {
        for (String map : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (map.isEmpty()) {
                continue;
            }
            Path p = Path.of(map, naam);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Skips or fails unless {@code naam} is on the {@code PATH}; returns it. */
    public static Path programmaVereist(String naam, String waarvoor) {
        Optional<Path> p = programma(naam);
        vereist(p.isPresent(), naam + " ontbreekt (" + waarvoor + ")");
        return p.orElseThrow();
    }

    /** Skips or fails unless {@code npm install} has put every one of {@code pakketten} into {@code map/node_modules}. */
    public static void npmPakkettenVereist(Path map, String... pakketten) {
        programmaVereist("node", "node.js voor " + map);
        boolean alle = Arrays.stream(pakketten).allMatch(p -> Files.isDirectory(map.resolve("node_modules").resolve(p)));
        vereist(alle, "npm install in " + map + " ontbreekt (" + String.join(", ", pakketten) + ")");
    }
}
