package nl.jbr.integriteit.vaststelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.publish.Catalogusgraaf;

/**
 * The release (contract 6, issue 21 item 3), step by step on one data directory: a year is voorlopig until it is
 * vastgesteld; then later runs leave it byte for byte as it is while BZK sees what changed; vaststellen again
 * publishes the revision (herzien op, with the ministries whose files changed) and keeps the previous version in
 * beheer/; later years' _vorig_jaar columns show the year's latest published figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VaststellingTest {

    @TempDir
    static Path root;

    static final String VANDAAG = LocalDate.now().format(DateTimeFormatter.ofPattern("d-M-yyyy"));
    static Map<String, byte[]> vastgesteld2024;
    static java.util.Set<String> distributies2024;

    static final String BASIS = JbrProperties.Publicatie.STANDAARD_BASIS_URL;
    static final String JAAR_2024 = BASIS + "catalogus.ttl#jaar-2024";

    static Catalogusgraaf catalogus() {
        return Catalogusgraaf.lees(root.resolve("output/openbaar/catalogus.ttl"));
    }

    /** The files of a published year, relative to openbaar/, without its manifest (which the catalogue replaces). */
    static java.util.Set<String> opSchijf(int jaar) throws IOException {
        Path openbaar = root.resolve("output/openbaar");
        try (Stream<Path> s = Files.walk(openbaar.resolve(Integer.toString(jaar)))) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("manifest.json"))
                    .map(p -> openbaar.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    /** {@code n} meldingen: category h for the first {@code h}, g for the rest. */
    static void meldingen(String ministerie, int jaar, int n, int h) throws IOException {
        Path map = Files.createDirectories(root.resolve("input/" + ministerie + "/" + jaar));
        StringBuilder b = new StringBuilder("onderdeel,categorie\n");
        for (int i = 0; i < n; i++) {
            b.append("Directie A,").append(i < h ? 'h' : 'g').append('\n');
        }
        Files.writeString(map.resolve("incidenten.csv"), b.toString());
    }

    static Pijplijn.Uitvoer vaststellen(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("vaststellen", "--output", root.resolve("output").toString(),
                "--data", root.resolve("data").toString()));
        args.addAll(List.of(extra));
        return Pijplijn.start(args.toArray(String[]::new));
    }

    static String lees(String pad) throws IOException {
        return Files.readString(root.resolve("output").resolve(pad), StandardCharsets.UTF_8);
    }

    /** The value of {@code kolom} in the row of {@code code} of a CSV under output/. */
    static String cel(String pad, String code, String kolom) throws IOException {
        List<String> regels = Files.readAllLines(root.resolve("output").resolve(pad), StandardCharsets.UTF_8);
        int k = List.of(regels.get(0).split(",", -1)).indexOf(kolom);
        return regels.stream().filter(r -> r.startsWith(code + ",")).findFirst().orElseThrow().split(",", -1)[k];
    }

    static Map<String, byte[]> bytes(Path map) throws IOException {
        Map<String, byte[]> uit = new TreeMap<>();
        try (Stream<Path> s = Files.walk(map)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                uit.put(map.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return uit;
    }

    @Test
    @Order(1)
    void totHetVastgesteldIsIsEenJaarVoorlopig() throws IOException {
        meldingen("BZK", 2024, 10, 5);
        meldingen("FIN", 2024, 6, 3);
        meldingen("BZK", 2025, 8, 4);
        meldingen("FIN", 2025, 5, 5);
        Pijplijn.run(root);
        assertThat(lees("openbaar/2024/manifest.json")).contains("\"status\" : \"voorlopig\"");
        assertThat(lees("openbaar/2024/index.html")).contains("Voorlopige cijfers");
        assertThat(cel("openbaar/2024/rijk/meldingen_per_ministerie.csv", "BZK", "meldingen")).isEqualTo("10");
        // the open-data catalogue: both years, linked from the entry page; a voorlopig year has no issued date yet
        assertThat(lees("openbaar/index.html")).contains("href=\"catalogus.ttl\"");
        Catalogusgraaf g = catalogus();
        assertThat(g.vanType("Dataset")).containsExactly(JAAR_2024, BASIS + "catalogus.ttl#jaar-2025");
        assertThat(g.waarden(JAAR_2024, Catalogusgraaf.DCT + "issued")).isEmpty();
        assertThat(g.downloads(JAAR_2024, BASIS)).isEqualTo(opSchijf(2024));
    }

    @Test
    @Order(2)
    void vaststellenBevriestHetJaar() throws IOException {
        Pijplijn.Uitvoer u = vaststellen("--jaar", "2024");
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(u.out()).contains("2024 vastgesteld.");
        assertThat(lees("openbaar/2024/manifest.json")).contains("\"status\" : \"vastgesteld\"")
                .contains("\"vastgesteld_op\" : \"" + LocalDate.now() + "\"");
        assertThat(lees("openbaar/2024/index.html")).contains("Vastgesteld op " + VANDAAG + ".").doesNotContain("Voorlopige");
        assertThat(lees("openbaar/2024/ministeries/BZK/index.html")).contains("Vastgesteld op " + VANDAAG + ".");
        assertThat(lees("openbaar/2025/manifest.json")).contains("\"status\" : \"voorlopig\"");
        assertThat(lees("openbaar/index.html")).contains("Tabellen 2024</a> (vastgesteld)");
        vastgesteld2024 = bytes(root.resolve("output/openbaar/2024"));
        Catalogusgraaf g = catalogus();
        assertThat(g.waarden(JAAR_2024, Catalogusgraaf.DCT + "issued")).containsExactly(LocalDate.now().toString());
        assertThat(g.waarden(JAAR_2024, Catalogusgraaf.DCT + "modified")).containsExactly(LocalDate.now().toString());
        distributies2024 = g.downloads(JAAR_2024, BASIS);
        assertThat(distributies2024).isEqualTo(opSchijf(2024));
    }

    @Test
    @Order(3)
    void eenLatereRunLaatHetVastgesteldeJaarStaanEnZegtWatVeranderde() throws IOException {
        meldingen("BZK", 2024, 13, 8); // three more meldingen in 2024, category h
        meldingen("FIN", 2025, 7, 7);  // and a change in 2025, which is voorlopig
        Pijplijn.run(root);
        assertThat(bytes(root.resolve("output/openbaar/2024"))).containsExactlyInAnyOrderEntriesOf(vastgesteld2024);
        // the catalogue, written again, still lists the frozen year's files and its date
        Catalogusgraaf g = catalogus();
        assertThat(g.downloads(JAAR_2024, BASIS)).isEqualTo(distributies2024);
        assertThat(g.waarden(JAAR_2024, Catalogusgraaf.DCT + "issued")).containsExactly(LocalDate.now().toString());
        assertThat(g.valideer()).isEmpty();
        // 2025 is published again, and shows 2024 as it was published: 10, not 13
        assertThat(cel("openbaar/2025/rijk/meldingen_per_ministerie.csv", "FIN", "meldingen")).isEqualTo("7");
        assertThat(cel("openbaar/2025/rijk/meldingen_per_ministerie.csv", "BZK", "meldingen_vorig_jaar")).isEqualTo("10");
        // BZK's coordinator sees the file accepted; BZK (beheer) sees that 2024 changed since it was vastgesteld
        assertThat(lees("terugmelding/BZK/2024/incidenten.csv")).isNotEmpty();
        // and what a revision would change in BZK's figures: 10 → 13 meldingen, all three in category h (5 → 8), and
        // betrokkenen (1 per melding when the column is absent) 10 → 13; g and FIN unchanged, so not listed
        String gevolg = "BZK: meldingen 10 → 13, meldingen in categorie h 5 → 8, betrokkenen 10 → 13";
        assertThat(lees("beheer/index.html")).contains("vastgesteld op " + VANDAAG)
                .contains("BZK incidenten (incidenten.csv): versie 1 → 2, 10 → 13 regels")
                .contains("<li>" + gevolg + "</li>");
        Pijplijn.Uitvoer status = Pijplijn.start("status", "--data", root.resolve("data").toString());
        assertThat(status.out()).contains("2024: vastgesteld op " + VANDAAG)
                .contains("BZK incidenten (incidenten.csv): versie 1 → 2, 10 → 13 regels")
                .contains("gevolg voor de cijfers bij herziening:\n      " + gevolg + "\n")
                .doesNotContain("categorie g").doesNotContain("FIN:");
        Pijplijn.Uitvoer json = Pijplijn.start("status", "--json", "--data", root.resolve("data").toString());
        assertThat(json.out()).contains("\"gevolg_voor_de_cijfers\" : [ \"" + gevolg.replace("→", "\\u2192") + "\" ]");
    }

    @Test
    @Order(4)
    void nogmaalsVaststellenPubliceertDeHerziening() throws IOException {
        Pijplijn.Uitvoer u = vaststellen("--jaar", "2024");
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(u.out()).contains("2024 herzien (gewijzigde opgaven van BZK).");
        assertThat(lees("openbaar/2024/manifest.json")).contains("\"status\" : \"herzien\"")
                .contains("\"herzien_op\" : \"" + LocalDate.now() + "\"")
                .contains("\"herzien_wegens\" : \"gewijzigde opgaven van BZK\"");
        assertThat(lees("openbaar/2024/index.html")).contains("Herzien op " + VANDAAG + ": gewijzigde opgaven van BZK.");
        // the revision's manifest holds only the day of the revision: that is when the dataset was modified
        Catalogusgraaf g = catalogus();
        assertThat(g.waarden(JAAR_2024, Catalogusgraaf.DCT + "modified")).containsExactly(LocalDate.now().toString());
        assertThat(g.waarden(JAAR_2024, Catalogusgraaf.DCT + "issued")).isEmpty();
        assertThat(g.waarden(JAAR_2024, Catalogusgraaf.DCT + "description"))
                .anyMatch(d -> d.contains("Herziene cijfers: gewijzigde opgaven van BZK."));
        assertThat(g.downloads(JAAR_2024, BASIS)).isEqualTo(opSchijf(2024));
        assertThat(cel("openbaar/2024/rijk/meldingen_per_ministerie.csv", "BZK", "meldingen")).isEqualTo("13");
        // the later year follows the year's latest published figures
        assertThat(cel("openbaar/2025/rijk/meldingen_per_ministerie.csv", "BZK", "meldingen_vorig_jaar")).isEqualTo("13");
        // the version it replaced stays with BZK, byte for byte
        assertThat(bytes(root.resolve("output/beheer/versies/2024/1-vastgesteld")))
                .containsExactlyInAnyOrderEntriesOf(vastgesteld2024);
        assertThat(lees("beheer/index.html")).contains("href=\"versies/2024/1-vastgesteld/index.html\"")
                .doesNotContain("Gevolg voor de cijfers");
        assertThat(Pijplijn.start("status", "--data", root.resolve("data").toString()).out())
                .contains("; sindsdien niets veranderd").doesNotContain("gevolg voor de cijfers");
    }

    @Test
    @Order(5)
    void zonderWijzigingIsErNietsTeHerzien() throws IOException {
        Map<String, byte[]> herzien = bytes(root.resolve("output/openbaar/2024"));
        Pijplijn.Uitvoer u = vaststellen("--jaar", "2024");
        assertThat(u.code()).as(u.err()).isZero();
        assertThat(u.out()).contains("2024 is al vastgesteld en geen van zijn geaccepteerde bestanden is sindsdien veranderd");
        assertThat(bytes(root.resolve("output/openbaar/2024"))).containsExactlyInAnyOrderEntriesOf(herzien);
    }

    @Test
    @Order(6)
    void eenJaarZonderBestandenOfZonderJaartalKanNietWordenVastgesteld() {
        Pijplijn.Uitvoer zonderBestanden = vaststellen("--jaar", "2031");
        assertThat(zonderBestanden.code()).isEqualTo(1);
        assertThat(zonderBestanden.err()).contains("Voor 2031 is geen geaccepteerd bestand ingeleverd").doesNotContain("Exception");
        assertThat(vaststellen().code()).isEqualTo(2);
        assertThat(vaststellen("--jaar", "abc").code()).isEqualTo(2);
        Pijplijn.Uitvoer geenData = Pijplijn.start("vaststellen", "--jaar", "2024", "--data", root.resolve("bestaat-niet").toString());
        assertThat(geenData.code()).isEqualTo(2);
        assertThat(root.resolve("bestaat-niet")).doesNotExist();
    }
}
