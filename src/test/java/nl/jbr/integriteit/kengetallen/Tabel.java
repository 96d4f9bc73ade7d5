package nl.jbr.integriteit.kengetallen;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Test helper: one published CSV read as rows of column -> text (empty cell: ""). */
record Tabel(List<Map<String, String>> rijen) {

    static Tabel lees(Path csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
            List<Map<String, String>> rijen = new ArrayList<>();
            for (CSVRecord rec : p) {
                Map<String, String> rij = new LinkedHashMap<>();
                for (String kolom : p.getHeaderNames()) {
                    rij.put(kolom, rec.get(kolom));
                }
                rijen.add(rij);
            }
            return new Tabel(rijen);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Tabel lees(Path output, int jaar, String scope, String tabel) {
        Path map = "RIJK".equals(scope) ? output.resolve("openbaar/" + jaar + "/rijk") : output.resolve("openbaar/" + jaar + "/ministeries/" + scope);
        return lees(map.resolve(tabel + ".csv"));
    }

    /** The first row whose {@code kolom} is {@code waarde}. */
    Map<String, String> rij(String kolom, String waarde) {
        return rijen.stream().filter(r -> waarde.equals(r.get(kolom))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + kolom + " = " + waarde + " in " + rijen));
    }

    static void schrijf(Path root, String pad, String inhoud) throws IOException {
        Path p = root.resolve("input").resolve(pad);
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud, StandardCharsets.UTF_8);
    }
}
