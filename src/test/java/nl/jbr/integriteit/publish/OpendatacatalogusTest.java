package nl.jbr.integriteit.publish;

import static nl.jbr.integriteit.publish.Catalogusgraaf.DCAT;
import static nl.jbr.integriteit.publish.Catalogusgraaf.DCT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.instellingen.JbrProperties;
import nl.jbr.integriteit.uitvoer.Templates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 23 item 4 on a small public folder written by hand: two published years (one vastgesteld, one voorlopig with
 * file names holding a space, a percent sign, a hash and an accent), the catalogue rendered by the real template,
 * read by Apache Jena and checked against the DCAT-AP 3.0.1 shapes.
 */
class OpendatacatalogusTest {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String BASIS = "https://data.example.nl/integriteit/";
    private static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";

    @TempDir
    Path tmp;
    Path openbaar;

    private final Templates templates = new Templates("classpath:jobs/");

    // 2023, vastgesteld: one table (CSV and its CSVW), the year page, two workbooks: 5 files
    private static final String MANIFEST_2023 = """
            {"jaar": 2023, "status": "vastgesteld", "vastgesteld_op": "2024-05-15", "gegenereerd_op": "2024-05-15T09:00:00Z",
             "tabellen": [{"id": "meldingen_per_ministerie", "titel": "Meldingen \\"per\\" ministerie \\\\ test",
                           "bestanden": ["rijk/meldingen_per_ministerie.csv", "rijk/meldingen_per_ministerie.csv-metadata.json"]}],
             "paginas": ["index.html"],
             "werkmappen": ["tabellen-integriteit-2023.xlsx", "tabellen-integriteit-2023.ods"],
             "invoer": []}
            """;
    // 2024, voorlopig: two tables rijksbreed, one also for BZK (6 CSV/CSVW files), two pages, two workbooks, and a
    // further list, the chapter, whose page is among the pages too (3 more): 13 files
    private static final String MANIFEST_2024 = """
            {"jaar": 2024, "status": "voorlopig", "gegenereerd_op": "2025-02-01T10:30:00.123456789Z",
             "tabellen": [{"id": "meldingen_per_ministerie", "titel": "Meldingen per ministerie",
                           "bestanden": ["rijk/meldingen_per_ministerie.csv", "rijk/meldingen_per_ministerie.csv-metadata.json",
                                         "ministeries/BZK/meldingen_per_ministerie.csv",
                                         "ministeries/BZK/meldingen_per_ministerie.csv-metadata.json"]},
                          {"id": "meldingen_per_categorie", "titel": "Meldingen per categorie",
                           "bestanden": ["rijk/meldingen per categorie é.csv", "rijk/meldingen per categorie é.csv-metadata.json"]}],
             "paginas": ["index.html", "hoofdstuk.html", "ministeries/BZK/index.html"],
             "werkmappen": ["tabellen-integriteit-2024.xlsx", "ministeries/BZK/werkmap 100% #1.ods"],
             "hoofdstuk": ["hoofdstuk.html", "hoofdstuk-integriteit-2024.pdf", "hoofdstuk-integriteit-2024.odt"],
             "invoer": []}
            """;

    private static final Set<String> BESTANDEN_2023 = Set.of("2023/rijk/meldingen_per_ministerie.csv",
            "2023/rijk/meldingen_per_ministerie.csv-metadata.json", "2023/index.html", "2023/tabellen-integriteit-2023.xlsx",
            "2023/tabellen-integriteit-2023.ods");
    private static final Set<String> BESTANDEN_2024 = Set.of("2024/rijk/meldingen_per_ministerie.csv",
            "2024/rijk/meldingen_per_ministerie.csv-metadata.json", "2024/ministeries/BZK/meldingen_per_ministerie.csv",
            "2024/ministeries/BZK/meldingen_per_ministerie.csv-metadata.json", "2024/rijk/meldingen per categorie é.csv",
            "2024/rijk/meldingen per categorie é.csv-metadata.json", "2024/index.html", "2024/ministeries/BZK/index.html",
            "2024/tabellen-integriteit-2024.xlsx", "2024/ministeries/BZK/werkmap 100% #1.ods", "2024/hoofdstuk.html",
            "2024/hoofdstuk-integriteit-2024.pdf", "2024/hoofdstuk-integriteit-2024.odt");

    @BeforeEach
    void openbareMap() throws IOException {
        openbaar = Files.createDirectories(tmp.resolve("openbaar"));
        Files.setPosixFilePermissions(openbaar, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(Files.createDirectories(openbaar.resolve("2023")).resolve("manifest.json"), MANIFEST_2023);
        Files.writeString(Files.createDirectories(openbaar.resolve("2024")).resolve("manifest.json"), MANIFEST_2024);
        for (String pad : BESTANDEN_2023) {
            Files.writeString(Files.createDirectories(openbaar.resolve(pad).getParent()).resolve(Path.of(pad).getFileName()), "x");
        }
        for (String pad : BESTANDEN_2024) {
            Files.writeString(Files.createDirectories(openbaar.resolve(pad).getParent()).resolve(Path.of(pad).getFileName()), "x");
        }
    }

    private TreeMap<Integer, JsonNode> manifesten() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        TreeMap<Integer, JsonNode> m = new TreeMap<>();
        for (int jaar : List.of(2024, 2023)) {
            m.put(jaar, json.readTree(Files.readString(openbaar.resolve(jaar + "/manifest.json"), StandardCharsets.UTF_8)));
        }
        return m;
    }

    private Catalogusgraaf schrijf(JbrProperties.Publicatie publicatie) throws IOException {
        new Opendatacatalogus(templates, publicatie).schrijf(openbaar, manifesten());
        return Catalogusgraaf.lees(openbaar.resolve("catalogus.ttl"));
    }

    @Test
    void eenDatasetPerJaarEenDistributiePerBestandElkAdresBestaat() throws IOException {
        // the base address without its slash: one is added
        Catalogusgraaf g = schrijf(new JbrProperties.Publicatie("https://data.example.nl/integriteit", CC_BY));
        String jaar2023 = BASIS + "catalogus.ttl#jaar-2023";
        String jaar2024 = BASIS + "catalogus.ttl#jaar-2024";

        assertThat(g.vanType("Catalog")).containsExactly(BASIS + "catalogus.ttl#catalogus");
        assertThat(g.waarden(BASIS + "catalogus.ttl#catalogus", DCAT + "dataset")).containsExactlyInAnyOrder(jaar2023, jaar2024);
        assertThat(g.vanType("Dataset")).containsExactly(jaar2023, jaar2024);
        assertThat(g.waarden(jaar2023, DCAT + "distribution")).hasSize(5);
        assertThat(g.waarden(jaar2024, DCAT + "distribution")).hasSize(13);
        assertThat(g.vanType("Distribution")).hasSize(18);
        assertThat(g.downloads(jaar2023, BASIS)).isEqualTo(new java.util.TreeSet<>(BESTANDEN_2023));
        assertThat(g.downloads(jaar2024, BASIS)).isEqualTo(new java.util.TreeSet<>(BESTANDEN_2024));
        for (String pad : g.downloads(jaar2024, BASIS)) {
            assertThat(openbaar.resolve(pad)).isRegularFile();
        }
        // percent-encoded in the file itself: no space, and the # and % of a name are not taken as fragment or escape
        String tekst = Files.readString(openbaar.resolve("catalogus.ttl"), StandardCharsets.UTF_8);
        assertThat(tekst).contains("<2024/ministeries/BZK/werkmap%20100%25%20%231.ods>")
                .contains("<2024/rijk/meldingen%20per%20categorie%20%C3%A9.csv>").doesNotContain("<2024/rijk/meldingen per");

        // dates from the release state the manifest shows
        assertThat(g.waarden(jaar2023, DCT + "issued")).containsExactly("2024-05-15");
        assertThat(g.datatype(jaar2023, DCT + "issued")).isEqualTo(XSD + "date");
        assertThat(g.waarden(jaar2023, DCT + "modified")).containsExactly("2024-05-15");
        assertThat(g.waarden(jaar2024, DCT + "issued")).isEmpty();
        assertThat(g.waarden(jaar2024, DCT + "modified")).containsExactly("2025-02-01T10:30:00.123456789Z");
        assertThat(g.datatype(jaar2024, DCT + "modified")).isEqualTo(XSD + "dateTime");
        assertThat(g.waarden(BASIS + "catalogus.ttl#catalogus", DCT + "modified")).containsExactly("2025-02-01T10:30:00.123456789Z");

        // the CSV points to its CSVW metadata, each file has its format, media type and the configured licence
        String csv = BASIS + "catalogus.ttl#2023/rijk/meldingen_per_ministerie.csv";
        assertThat(g.waarden(csv, DCT + "conformsTo")).containsExactly(BASIS + "2023/rijk/meldingen_per_ministerie.csv-metadata.json");
        assertThat(g.waarden(csv, DCT + "format")).containsExactly("http://publications.europa.eu/resource/authority/file-type/CSV");
        assertThat(g.waarden(csv, DCAT + "mediaType")).containsExactly("https://www.iana.org/assignments/media-types/text/csv");
        assertThat(g.waarden(csv, DCT + "title")).containsExactly("Meldingen \"per\" ministerie \\ test, rijksbreed, 2023 (CSV)");
        String ods = BASIS + "catalogus.ttl#2024/ministeries/BZK/werkmap%20100%25%20%231.ods";
        assertThat(g.waarden(ods, DCAT + "mediaType"))
                .containsExactly("https://www.iana.org/assignments/media-types/application/vnd.oasis.opendocument.spreadsheet");
        assertThat(g.waarden(ods, DCT + "title")).containsExactly("Alle tabellen, BZK, 2024 (OpenDocument-rekenblad)");
        assertThat(g.waarden(BASIS + "catalogus.ttl#2024/hoofdstuk.html", DCT + "title"))
                .containsExactly("Hoofdstuk, rijksbreed, 2024 (webpagina)");
        assertThat(g.waarden(BASIS + "catalogus.ttl#2024/hoofdstuk-integriteit-2024.pdf", DCT + "format"))
                .containsExactly("http://publications.europa.eu/resource/authority/file-type/PDF");
        for (String d : g.vanType("Distribution")) {
            assertThat(g.waarden(d, DCT + "license")).as(d).containsExactly(CC_BY);
            assertThat(g.waarden(d, DCAT + "accessURL")).as(d).isEqualTo(g.waarden(d, DCAT + "downloadURL"));
        }
        assertThat(g.waarden(jaar2024, DCAT + "theme"))
                .contains("http://publications.europa.eu/resource/authority/data-theme/GOVE");
        assertThat(g.waarden(jaar2024, DCT + "publisher"))
                .containsExactly("https://identifier.overheid.nl/tooi/id/ministerie/mnre1034");

        List<Catalogusgraaf.Bevinding> shacl = g.valideer();
        assertThat(shacl).as("DCAT-AP 3.0.1").isEmpty();
    }

    @Test
    void dezelfdeManifestenGevenDezelfdeBytesLeesbaarVoorIedereen() throws IOException {
        schrijf(JbrProperties.Publicatie.standaard());
        byte[] eerst = Files.readAllBytes(openbaar.resolve("catalogus.ttl"));
        schrijf(JbrProperties.Publicatie.standaard());
        assertThat(Files.readAllBytes(openbaar.resolve("catalogus.ttl"))).isEqualTo(eerst);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(openbaar.resolve("catalogus.ttl"))))
                .isEqualTo("rw-r--r--");
        try (var s = Files.list(openbaar)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("2023", "2024", "catalogus.ttl");
        }
        // the defaults: the placeholder address and CC0
        Catalogusgraaf g = Catalogusgraaf.lees(openbaar.resolve("catalogus.ttl"));
        assertThat(g.vanType("Catalog")).containsExactly("https://example.org/jbr-integriteit/catalogus.ttl#catalogus");
        assertThat(g.waarden("https://example.org/jbr-integriteit/catalogus.ttl#catalogus", DCT + "license"))
                .containsExactly("http://creativecommons.org/publicdomain/zero/1.0/");
    }

    @Test
    void zonderGepubliceerdJaarEenLegeMaarGeldigeCatalogus() throws IOException {
        new Opendatacatalogus(templates, JbrProperties.Publicatie.standaard()).schrijf(openbaar, new TreeMap<>());
        Catalogusgraaf g = Catalogusgraaf.lees(openbaar.resolve("catalogus.ttl"));
        assertThat(g.vanType("Catalog")).hasSize(1);
        assertThat(g.vanType("Dataset")).isEmpty();
        assertThat(g.valideer()).isEmpty();
    }

    @Test
    void eenBasisadresDatGeenWebadresIsWordtGeweigerd() {
        assertThatThrownBy(() -> new JbrProperties.Publicatie("ftp://example.org/", null))
                .hasMessageContaining("jbr.publicatie.basis-url");
        assertThatThrownBy(() -> new JbrProperties.Publicatie("https://example.org/met spatie/", null))
                .hasMessageContaining("jbr.publicatie.basis-url");
        assertThatThrownBy(() -> new JbrProperties.Publicatie(null, "geen licentie"))
                .hasMessageContaining("jbr.publicatie.licentie");
        assertThat(new JbrProperties.Publicatie(" ", "")).isEqualTo(JbrProperties.Publicatie.standaard());
    }
}
