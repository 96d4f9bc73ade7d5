package nl.jbr.integriteit.vijandig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test helper: where a run under {@code root} publishes its tables and writes its feedback, in one place (the
 * published tables are moving from {@code output/<jaar>/} to {@code output/openbaar/<jaar>/}: only
 * {@link #rijk} and {@link #terugmelding} know the layout).
 */
final class Publicatie {

    private Publicatie() {
    }

    /** The folder of the rijksbrede tables of {@code jaar}. */
    static Path rijk(Path root, int jaar) {
        return root.resolve("output/openbaar").resolve(Integer.toString(jaar)).resolve("rijk");
    }

    /** The feedback CSV of one input file ({@code stem}: its name without extension). */
    static Path terugmelding(Path root, String ministerie, int jaar, String stem) {
        return root.resolve("output/terugmelding").resolve(ministerie).resolve(Integer.toString(jaar)).resolve(stem + ".csv");
    }

    /** The folder all feedback is written under. */
    static Path terugmeldingen(Path root) {
        return root.resolve("output/terugmelding");
    }

    /** Every published rijksbrede CSV table of the years 2000-2099, by "jaar/table.csv", with its content. */
    static Map<String, String> tabellen(Path root) {
        Map<String, String> tabellen = new TreeMap<>();
        for (int jaar = 2000; jaar < 2100; jaar++) {
            Path map = rijk(root, jaar);
            if (!Files.isDirectory(map)) {
                continue;
            }
            try (Stream<Path> s = Files.list(map)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".csv")).toList()) {
                    tabellen.put(jaar + "/" + p.getFileName(), Files.readString(p));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tabellen;
    }

    /** The content of every input file's feedback CSV under {@code root}, by path relative to the feedback folder. */
    static Map<String, String> terugmeldingenCsv(Path root) {
        Map<String, String> uit = new TreeMap<>();
        Path map = terugmeldingen(root);
        if (!Files.isDirectory(map)) {
            return uit;
        }
        try (Stream<Path> s = Files.walk(map)) {
            // the feedback of input files only (<MINISTERIE>/<jaar>/<naam>.csv), not the list of ignored paths
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".csv") && map.relativize(p).getNameCount() == 3)
                    .toList()) {
                uit.put(map.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit;
    }
}
