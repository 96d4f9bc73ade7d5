package nl.jbr.integriteit.publish;

import static nl.jbr.integriteit.publish.CsvFiles.read;
import static nl.jbr.integriteit.publish.CsvFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * The hand-made fixture of {@link PublishFixture} published with disclosure control at threshold 3. Unsafe in
 * 2024 (worked out from the fixture): BZK categorie a (1) and b (2), BZK aangetoond (2), BZK uitkomst aangetoond
 * (1) and deels aangetoond (1), BZK soort_incident misstand (2), BZK afdoening waarschuwing (1); rijksbreed the
 * same (BZK is the only ministry with meldingen in a, b and these values) and RIJK aangetoond (2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnthullingPublicatieTest {

    /** The CSV columns that hold counts about people (contract 8). */
    private static final Set<String> TELLINGEN = Set.of("meldingen", "betrokkenen", "aangetoond", "meldingen_vorig_jaar",
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "totaal");

    @TempDir
    static Path tmp;

    Warehouse warehouse;
    Path jaar2024;

    @BeforeAll
    void publish() throws Exception {
        warehouse = new Warehouse(tmp.resolve("data/warehouse.duckdb"));
        jaar2024 = new PublishFixture(warehouse).publiceer2024(3, tmp.resolve("output"));
    }

    @AfterAll
    void close() {
        warehouse.close();
    }

    @Test
    void geenGepubliceerdAantalIsEenOfTwee() throws IOException {
        int gezien = 0;
        try (Stream<Path> csvs = Files.walk(jaar2024)) {
            for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).toList()) {
                List<List<String>> rows = read(csv);
                List<String> header = rows.get(0);
                for (List<String> rij : rows.subList(1, rows.size())) {
                    for (int i = 0; i < header.size(); i++) {
                        if (TELLINGEN.contains(header.get(i))) {
                            assertThat(rij.get(i)).as(csv + " " + rij).isNotIn("1", "2");
                            gezien++;
                        }
                    }
                }
            }
        }
        assertThat(gezien).isGreaterThan(500);
    }

    @Test
    void deOnveiligeCategorieenVanBzkZijnGeheimMetHunPercentage() throws IOException {
        List<List<String>> rows = read(jaar2024.resolve("ministeries/BZK/meldingen_per_categorie.csv"));
        assertThat(row(rows, "a").subList(2, 4)).containsExactly("x", "x");
        assertThat(row(rows, "b").subList(2, 4)).containsExactly("x", "x");
        // g and h stay: a + b = 16 - 6 - 7 = 3 is all anyone learns, and a (or b) can be anything in [0, 3].
        assertThat(row(rows, "g")).containsExactly("g", "Ongewenste omgangsvormen", "6", "37.5", "5");
        assertThat(row(rows, "h").subList(2, 4)).containsExactly("7", "43.8");
        assertThat(row(rows, "c").get(2)).isEqualTo("0");
    }

    @Test
    void deRijksbredeTotalenBlijvenStaan() throws IOException {
        List<String> rijk = row(read(jaar2024.resolve("rijk/meldingen_per_ministerie.csv")), "RIJK");
        // 16 + 3 + 0 meldingen; 18 + 3 betrokkenen; aangetoond 2 is itself unsafe
        assertThat(rijk.subList(2, 5)).containsExactly("19", "21", "x");
    }

    @Test
    void eenZaakUitEenGeheimeCategorieKomtNietInHetOverzicht() throws IOException {
        // BZK line 2 (categorie a, publiceerbaar) is withheld; DEF's case in c (3 meldingen) stays.
        List<List<String>> rows = read(jaar2024.resolve("rijk/overzicht_incidenten.csv"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo("DEF");
        assertThat(rows.get(1).get(3)).isEqualTo("Lek");
    }

    @Test
    void csvwHtmlEnManifestLeggenXUit() throws IOException {
        JsonNode csvw = JsonMapper.builder().build().readTree(
                Files.readString(jaar2024.resolve("rijk/meldingen_per_categorie.csv-metadata.json")));
        JsonNode meldingen = csvw.get("tableSchema").get("columns").get(2);
        assertThat(meldingen.get("name").asString()).isEqualTo("meldingen");
        assertThat(meldingen.get("null").toString()).isEqualTo("[\"\",\"x\"]");
        assertThat(csvw.get("dc:description").toString()).contains("x = geheim");

        String html = Files.readString(jaar2024.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("x = geheim: een aantal meldingen, betrokkenen of aangetoonde schendingen van minder dan 3");

        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(jaar2024.resolve("manifest.json")));
        assertThat(manifest.get("onthulling").get("drempel").asInt()).isEqualTo(3);
        assertThat(manifest.get("onthulling").get("beveiliging").asString()).isEqualTo("aan");
        // the public manifest says that protection is on and at what threshold, and nothing more (contract 8)
        assertThat(manifest.get("onthulling").propertyNames()).containsExactly("drempel", "beveiliging");
        for (JsonNode tabel : manifest.get("tabellen")) {
            assertThat(tabel.propertyNames()).containsExactly("id", "titel", "bestanden");
        }
        // BZK's audit report: a and b in BZK's table and rijksbreed, four published cells below the threshold, each in [0, 3]
        JsonNode rapport = JsonMapper.builder().build().readTree(Files.readString(
                jaar2024.getParent().getParent().resolve("beheer/onthulling/2024.json")));
        JsonNode categorie = rapport.get("tabellen").get("meldingen_per_categorie");
        assertThat(categorie.get("primair").asInt()).isEqualTo(4);
        assertThat(categorie.get("smalste_interval").asDouble()).isEqualTo(3.0);
    }

    /**
     * The audit report is the same bytes in every run with the same input: a table without suppressed cells lists its
     * counts in the order of a table with them (onthulling_per_tabel.sql), not in the per-JVM order of an immutable map.
     */
    @Test
    void eenTabelZonderOnderdrukkingNoemtZijnTellingenInDeVasteVolgorde() throws IOException {
        JsonNode rapport = JsonMapper.builder().build().readTree(Files.readString(
                jaar2024.getParent().getParent().resolve("beheer/onthulling/2024.json")));
        int zonder = 0;
        for (JsonNode tabel : rapport.get("tabellen")) {
            List<String> sleutels = new java.util.ArrayList<>(tabel.propertyNames());
            if (!sleutels.contains("smalste_interval")) {
                assertThat(sleutels)
                        .containsExactly("primair", "secundair", "afgeleid", "rijen_achtergehouden");
                zonder++;
            } else {
                // a number, or null when no primary cell bounds it: never a made-up value such as "NaN"
                JsonNode interval = tabel.get("smalste_interval");
                assertThat(interval.isNumber() || interval.isNull()).as("smalste_interval %s", interval).isTrue();
            }
        }
        assertThat(zonder).isPositive();
    }
}
