package nl.jbr.integriteit.tabel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.uitvoer.Kopie;

/**
 * Issue 24 item 1: adding a table is one folder. A throw-away table folder, copied beside the real ones (no Java
 * touched), is published, protected by disclosure control, and checked by the assertions derived from its definition.
 */
class TabelmapTest {

    @TempDir
    Path tmp;

    static final String DEFINITIE = """
            {
              "id": "proef_per_ministerie",
              "titel": "Proef: meldingen in categorie h per ministerie",
              "volgorde": 99,
              "perMinisterie": false,
              "grafiek": null,
              "kolommen": [
                {"naam": "ministerie_code", "titel": "Code", "datatype": "string", "eenheid": null, "rol": "sleutel"},
                {"naam": "meldingen_h", "titel": "Meldingen in h", "datatype": "integer", "eenheid": "aantal",
                 "rol": "telling", "cel": "ministerie_code || '|categorie|h'"}
              ],
              "voetnoten": ["Een proeftabel."]
            }
            """;

    /** Input: BZK 10 meldingen of which 5 in h, FIN 4 of which 1 in h (a count of 1: hidden). */
    private Path invoer() throws IOException {
        Path root = tmp.resolve("root");
        schrijf(root, "BZK", 10, 5);
        schrijf(root, "FIN", 4, 1);
        Kopie.map(Path.of("jobs"), tmp.resolve("jobs"));
        Files.createDirectories(tmp.resolve("jobs/jaarrapportage/tabellen/proef_per_ministerie"));
        Files.writeString(tmp.resolve("jobs/jaarrapportage/tabellen/proef_per_ministerie/tabel.json"), DEFINITIE);
        return root;
    }

    private static void schrijf(Path root, String ministerie, int n, int h) throws IOException {
        Path map = Files.createDirectories(root.resolve("input/" + ministerie + "/2024"));
        StringBuilder b = new StringBuilder("onderdeel,categorie\n");
        for (int i = 0; i < n; i++) {
            b.append("Directie A,").append(i < h ? 'h' : 'g').append('\n');
        }
        Files.writeString(map.resolve("incidenten.csv"), b.toString());
    }

    private void model(String select) throws IOException {
        Files.writeString(tmp.resolve("jobs/jaarrapportage/tabellen/proef_per_ministerie/mart_proef_per_ministerie.sql"),
                "-- depends: mart_categorie_per_ministerie\nCREATE OR REPLACE TABLE mart_proef_per_ministerie AS\n" + select
                        + ";\n");
    }

    @Test
    void eenNieuweTabelmapWordtGepubliceerdEnBeschermd() throws IOException {
        Path root = invoer();
        model("SELECT jaar, scope, sortering, ministerie_code, h AS meldingen_h FROM mart_categorie_per_ministerie");
        Pijplijn.run(root, "--jbr.jobs", tmp.resolve("jobs").toUri().toString());

        Path csv = root.resolve("output/openbaar/2024/rijk/proef_per_ministerie.csv");
        List<String> regels = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(regels.get(0)).isEqualTo("ministerie_code,meldingen_h");
        // FIN's 1 melding in h is below the threshold of 3: x
        assertThat(regels).contains("FIN,x");
        // and the new table shows the same logical cells as categorie_per_ministerie's column h: hidden alike, so
        // together they give nothing away
        List<String> h = Files.readAllLines(root.resolve("output/openbaar/2024/rijk/categorie_per_ministerie.csv"),
                StandardCharsets.UTF_8).stream().skip(1).map(r -> r.split(",", -1)[0] + "," + r.split(",", -1)[8]).toList();
        assertThat(regels.subList(1, regels.size())).containsExactlyElementsOf(h);
        // RIJK is 6 = 5 + 1: if BZK's 5 were shown, FIN's x would follow; so BZK or RIJK is hidden too
        assertThat(regels.stream().filter(r -> r.endsWith(",x"))).hasSizeGreaterThanOrEqualTo(2);
        // on the year's page, with its CSVW
        assertThat(root.resolve("output/openbaar/2024/rijk/proef_per_ministerie.csv-metadata.json")).exists();
        try (Stream<Path> s = Files.walk(root.resolve("output/openbaar/2024"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".html")).anyMatch(p -> lees(p).contains(
                    "Proef: meldingen in categorie h per ministerie"))).isTrue();
        }
    }

    @Test
    void eenTabelmapMetTweeRijenPerSleutelLaatDeRunFalenVoorDePublicatie() throws IOException {
        Path root = invoer();
        // every row twice: the unique-key assertion derived from the definition catches it
        model("SELECT jaar, scope, sortering, ministerie_code, h AS meldingen_h FROM mart_categorie_per_ministerie "
                + "UNION ALL SELECT jaar, scope, sortering, ministerie_code, h FROM mart_categorie_per_ministerie");
        Pijplijn.Uitvoer u = Pijplijn.start("run", "--input", root.resolve("input").toString(), "--output",
                root.resolve("output").toString(), "--data", root.resolve("data").toString(), "--jbr.jobs",
                tmp.resolve("jobs").toUri().toString());
        assertThat(u.code()).isEqualTo(1);
        assertThat(root.resolve("output/openbaar/2024")).doesNotExist();
        assertThat(lees(root.resolve("data/logs/jbr-integriteit.log"))).contains("unieke_sleutel")
                .contains("proef_per_ministerie");
    }

    private static String lees(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
