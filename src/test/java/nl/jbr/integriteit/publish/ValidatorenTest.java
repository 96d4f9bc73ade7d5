package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Gereedschap;
import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.uitvoer.Kopie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 23 items 1-3: the outputs pass the validators publishers, open-data portals and auditors run, on a real run
 * over the example drop folder.
 * <ul>
 * <li>CSVW: Zazuko's CSVW parser ({@code src/test/validatoren/csvw.mjs}, node) reads every table of 2025 (rijk and
 * each ministry) through its metadata: every column found by its header, every count an {@code xsd:integer}, every
 * other figure an {@code xsd:decimal}, {@code x} and empty cells null (no literal), the numbers as in the CSV.</li>
 * <li>ODF: the odftoolkit ODF validator ({@code org.odftoolkit:odfvalidator}, Maven Central, copied to
 * {@code target/validatoren} by the pom and run in its own JVM) finds 0 errors in every kind of {@code .ods} we
 * write (the rijk and a ministry workbook).</li>
 * <li>HTML: the Nu Html Checker ({@code vnu-jar}, npm, run by java) finds 0 errors on one page of every kind
 * ({@link #PAGINAS}).</li>
 * </ul>
 * Needs node and {@code npm install} in {@code src/test/validatoren} (.ci/run does it) and the ODF validator jar
 * ({@code ./mvnw verify} copies it); skipped without them, failed under {@code CI=true} ({@link Gereedschap}).
 */
@Tag("traag") // the whole example run, node and two validator JVMs
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidatorenTest {

    private static final Path VALIDATOREN = Path.of("src/test/validatoren");
    private static final Path VNU = VALIDATOREN.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    private static final Path ODF_VALIDATOR = Path.of("target/validatoren/odfvalidator.jar");
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One page of every kind a person reads, relative to {@code output/}: the public entry page, a year page, a
     * ministry page (tables sit on these two, there is no separate table page), a feedback overview, a feedback page
     * of an accepted file (its name has spaces) and of a rejected one (SZW 2025 incidenten, see input/README.md),
     * BZK's entry page and an inleverstatus page. A new kind of page is one more line here.
     */
    static final List<String> PAGINAS = List.of(
            "openbaar/index.html",
            "openbaar/2025/index.html",
            "openbaar/2025/ministeries/BZK/index.html",
            "terugmelding/BZK/index.html",
            "terugmelding/BZK/2025/BZK meldingen 2025.html",
            "terugmelding/SZW/2025/incidenten.html",
            "beheer/index.html",
            "beheer/inleverstatus/2025.html",
            "openbaar/2025/hoofdstuk-integriteit-2025.html");

    /** Every kind of {@code .ods} we write: the workbook of a year's rijk tables and of one ministry's. */
    static final List<String> WERKMAPPEN = List.of(
            "openbaar/2025/tabellen-integriteit-2025.ods",
            "openbaar/2025/ministeries/BZK/tabellen-integriteit-2025-BZK.ods",
            "openbaar/2025/hoofdstuk-integriteit-2025.odt");

    @TempDir
    static Path tmp;

    private Path uitvoer;

    /** The output of one run over the example, made by the first test that needs it. */
    private synchronized Path uitvoer() throws IOException {
        if (uitvoer == null) {
            Kopie.map(Path.of("input"), tmp.resolve("input"));
            Pijplijn.run(tmp, "--jbr.hoofdstuk.aan", "true"); // the chapter is a page and a document too
            uitvoer = tmp.resolve("output");
        }
        return uitvoer;
    }

    @Test
    void csvwLeestElkeTabelGetyptEnXAlsLeeg() throws Exception {
        Gereedschap.npmPakkettenVereist(VALIDATOREN, "@zazuko/rdf-parser-csvw", "jsonld");
        List<Path> metadata;
        try (Stream<Path> paden = Files.walk(uitvoer().resolve("openbaar/2025"))) {
            metadata = paden.filter(p -> p.getFileName().toString().endsWith(".csv-metadata.json")).sorted().toList();
        }
        assertThat(metadata).hasSizeGreaterThan(17 * 10);
        List<String> opdracht = new ArrayList<>(List.of("node", VALIDATOREN.resolve("csvw.mjs").toString()));
        metadata.forEach(p -> opdracht.add(p.toString()));
        String uit = voerUit(opdracht, 300);
        Map<String, JsonNode> gelezen = new LinkedHashMap<>();
        for (String regel : uit.lines().filter(l -> l.startsWith("CSVW {")).toList()) {
            JsonNode tabel = JSON.readTree(regel.substring("CSVW ".length()));
            gelezen.put(tabel.get("metadata").asString(), tabel.get("columns"));
        }
        assertThat(uit).doesNotContain("CSVW-FOUT");
        assertThat(gelezen).hasSize(metadata.size());

        int getallen = 0;
        int geheim = 0;
        for (Path bestand : metadata) {
            JsonNode doc = JSON.readTree(bestand.toFile());
            List<List<String>> csv = CsvFiles.read(bestand.resolveSibling(doc.get("url").asString()));
            JsonNode kolommen = doc.get("tableSchema").get("columns");
            JsonNode zazuko = gelezen.get(bestand.toString());
            for (int k = 0; k < kolommen.size(); k++) {
                JsonNode kolom = kolommen.get(k);
                String naam = kolom.get("name").asString();
                String datatype = kolom.get("datatype").asString();
                String wat = uitvoer.relativize(bestand) + " kolom " + naam;
                assertThat(csv.get(0).get(k)).as(wat + ": CSV header").isEqualTo(naam);
                if (!datatype.equals("string") && !naam.startsWith("percentage") && !naam.contains("per_1000") && !naam.startsWith("verschil")) {
                    assertThat(datatype).as(wat + ": a count").isEqualTo("integer");
                }
                // expected by hand from the CSV: every cell but "" (no opgave) and "x" (geheim) is a value of the
                // column's datatype; "" and "x" give no triple at all
                int waarden = 0;
                for (List<String> rij : csv.subList(1, csv.size())) {
                    String cel = rij.get(k);
                    if (cel.equals("x")) {
                        geheim++;
                    } else if (!cel.isEmpty()) {
                        waarden++;
                    }
                }
                Map<String, Integer> verwacht = waarden == 0 ? Map.of() : Map.of(XSD + datatype, waarden);
                Map<String, Integer> werkelijk = new LinkedHashMap<>();
                JsonNode gelezenKolom = zazuko.get(naam);
                if (gelezenKolom != null) {
                    gelezenKolom.get("datatypes").properties().forEach(e -> werkelijk.put(e.getKey(), e.getValue().asInt()));
                    assertThat(gelezenKolom.get("x").asInt()).as(wat + ": x read as a literal").isZero();
                }
                assertThat(werkelijk).as(wat).isEqualTo(verwacht);
                if (!datatype.equals("string")) {
                    getallen += waarden;
                }
            }
            assertThat(zazuko.propertyNames()).as(bestand + ": no column beyond the metadata's")
                    .allMatch(n -> csv.get(0).contains(n));
        }
        System.out.println("CSVW: " + metadata.size() + " tabellen, " + getallen + " getallen getypt, " + geheim + " cellen x als leeg gelezen");
        assertThat(geheim).as("the example has protected cells").isPositive();
    }

    @Test
    void odfValidatorVindtGeenFouten() throws Exception {
        List<Path> bestanden = new ArrayList<>();
        for (String werkmap : WERKMAPPEN) {
            bestanden.add(uitvoer().resolve(werkmap));
        }
        String uit = odfValidator(bestanden, 180);
        System.out.println("ODF-VALIDATOR\n" + uit);
        for (String werkmap : WERKMAPPEN) {
            // per package, the validator's last line is its summary: "<file>:  Info: N errors, M warnings" or "no errors, ..."
            String pakket = uitvoer.resolve(werkmap) + ":  Info: ";
            List<String> regels = uit.lines().filter(l -> l.startsWith(pakket)).toList();
            assertThat(regels).as(werkmap).contains(pakket + "ODF version of root document: " + "1.3");
            assertThat(regels.get(regels.size() - 1)).as(werkmap).startsWith(pakket + "no errors");
        }
        assertThat(uit).doesNotContain("Error:").doesNotContain("Fatal");
    }

    @Test
    void nuHtmlCheckerVindtGeenFouten() throws Exception {
        Gereedschap.vereist(Files.isRegularFile(VNU), VNU + " ontbreekt (npm install in " + VALIDATOREN + ")");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> opdracht = new ArrayList<>(List.of(java.toString(), "-jar", VNU.toString(), "--format", "json", "--exit-zero-always"));
        for (String pagina : PAGINAS) {
            Path p = uitvoer().resolve(pagina);
            assertThat(p).as(pagina).isRegularFile();
            opdracht.add(p.toString());
        }
        String uit = voerUit(opdracht, 180);
        JsonNode berichten = JSON.readTree(uit.substring(uit.indexOf('{'))).get("messages");
        List<String> fouten = new ArrayList<>();
        List<String> waarschuwingen = new ArrayList<>();
        for (JsonNode b : berichten) {
            String regel = b.path("url").asString() + ":" + b.path("lastLine").asInt() + ": " + b.path("message").asString();
            if (b.path("type").asString().equals("info")) {
                waarschuwingen.add(regel);
            } else {
                fouten.add(b.path("type").asString() + " " + regel);
            }
        }
        System.out.println("VNU: " + PAGINAS.size() + " pagina's, " + fouten.size() + " fouten, " + waarschuwingen.size() + " meldingen");
        waarschuwingen.forEach(w -> System.out.println("   " + w));
        assertThat(fouten).isEmpty();
    }

    /**
     * The ODF validator's report ({@code -v}) on {@code bestanden}: odftoolkit's jar, copied to target/validatoren/ by
     * the pom and run in a child JVM, as its fat jar would replace the XML parsers of every other test. Skipped when the
     * jar is missing, except under CI ({@link Gereedschap}).
     */
    static String odfValidator(List<Path> bestanden, int seconden) throws Exception {
        Gereedschap.vereist(Files.isRegularFile(ODF_VALIDATOR), ODF_VALIDATOR + " ontbreekt (./mvnw verify kopieert de ODF-validator)");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> opdracht = new ArrayList<>(List.of(java.toString(), "-jar", ODF_VALIDATOR.toString(), "-v"));
        bestanden.forEach(b -> opdracht.add(b.toString()));
        return voerUit(opdracht, seconden);
    }

    /** Runs a command, returns its output (stdout and stderr); it must end within the time and exit 0. */
    private static String voerUit(List<String> opdracht, int seconden) throws Exception {
        Process p = new ProcessBuilder(opdracht).redirectErrorStream(true).start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(seconden, TimeUnit.SECONDS)).as(opdracht.get(0) + " finished").isTrue();
        assertThat(p.exitValue()).as(uit).isZero();
        return uit;
    }
}
