package nl.jbr.integriteit.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.jbr.integriteit.JbrIntegriteitApplication;

/**
 * Kill -9 a real child JVM during ingestion, computation and publication; the next run must end exactly where
 * a clean run ends: every published table, CSVW file, HTML page and feedback CSV byte for byte the same
 * (issue 4 item 3). The manifest is left out of the comparison: it carries the run id and time.
 */
@Tag("traag") // kills real child JVMs: runs under ./mvnw verify (Failsafe), not in the fast ./mvnw test loop
class HerstartNaCrashTest {

    @TempDir
    static Path tmp;

    private static Map<String, byte[]> schoon;

    @BeforeAll
    static void schoneRun() throws IOException {
        maakInvoer(tmp.resolve("input"));
        Path schoneMap = tmp.resolve("schoon");
        assertThat(run(schoneMap)).isZero();
        schoon = inhoud(schoneMap.resolve("output"));
        assertThat(schoon).containsKeys("openbaar/2024/rijk/meldingen_per_categorie.csv", "openbaar/2025/index.html",
                "terugmelding/BZK/2024/incidenten.csv");
    }

    @ParameterizedTest(name = "kill -9 at ''{1}''")
    @CsvSource(delimiter = '|', value = {
            "inname|\\[3/",                          // the third file of the drop folder is being recorded
            "berekening|Modellen worden berekend",
            "publicatie|Gepubliceerd: .*2024 \\("})      // the first year is swapped in, the second is not
    void eenGedodeRunWordtDoorDeVolgendeHersteld(String stap, String teken) throws Exception {
        Path map = tmp.resolve("crash-" + stap);
        Process kind = startKind(map);
        boolean gedood = false;
        try (BufferedReader uit = new BufferedReader(new InputStreamReader(kind.getInputStream(), StandardCharsets.UTF_8))) {
            java.util.regex.Pattern p = java.util.regex.Pattern.compile(teken);
            for (String regel = uit.readLine(); regel != null; regel = uit.readLine()) {
                if (p.matcher(regel).find()) {
                    kind.destroyForcibly();   // SIGKILL: no shutdown hook, no clean-up
                    gedood = true;
                    break;
                }
            }
        }
        assertThat(kind.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(gedood).as("the child reached '" + teken + "'").isTrue();
        assertThat(kind.exitValue()).isNotZero();

        assertThat(run(map)).isZero();

        Map<String, byte[]> hersteld = inhoud(map.resolve("output"));
        assertThat(hersteld.keySet()).containsExactlyInAnyOrderElementsOf(schoon.keySet());
        hersteld.forEach((pad, bytes) -> assertThat(bytes).as(pad).isEqualTo(schoon.get(pad)));

        // the killed execution is on record as failed, the restart as completed
        ByteArrayOutputStream status = new ByteArrayOutputStream();
        JbrIntegriteitApplication.start(new PrintStream(status, true, StandardCharsets.UTF_8), System.err, "status",
                "--data", map.resolve("data").toString());
        // (H2 hands out ids in blocks, so the id of the restart is not 2 after a crash)
        assertThat(status.toString(StandardCharsets.UTF_8)).containsPattern("run \\d+ +COMPLETED")
                .containsPattern("run 1 +FAILED").contains("Proces gestopt tijdens de run");
    }

    @org.junit.jupiter.api.Test
    void sigtermTijdensDeInnameLaatNietsHalfsAchter() throws Exception {
        Path map = tmp.resolve("sigterm");
        Process kind = startKind(map);
        try (BufferedReader uit = new BufferedReader(new InputStreamReader(kind.getInputStream(), StandardCharsets.UTF_8))) {
            for (String regel = uit.readLine(); regel != null; regel = uit.readLine()) {
                if (regel.contains("[3/")) {
                    kind.destroy();   // SIGTERM, as systemd sends it
                    break;
                }
            }
        }
        assertThat(kind.waitFor(60, TimeUnit.SECONDS)).as("the process ends after SIGTERM").isTrue();

        // the interrupted run is reported as stopped or interrupted, never as still running
        ByteArrayOutputStream status = new ByteArrayOutputStream();
        JbrIntegriteitApplication.start(new PrintStream(status, true, StandardCharsets.UTF_8), System.err, "status",
                "--data", map.resolve("data").toString());
        assertThat(status.toString(StandardCharsets.UTF_8)).containsPattern("run 1 +(STOPPED|FAILED|ONDERBROKEN)");

        assertThat(run(map)).isZero();
        Map<String, byte[]> hersteld = inhoud(map.resolve("output"));
        assertThat(hersteld.keySet()).containsExactlyInAnyOrderElementsOf(schoon.keySet());
        hersteld.forEach((pad, bytes) -> assertThat(bytes).as(pad).isEqualTo(schoon.get(pad)));
    }

    private static int run(Path map) {
        return JbrIntegriteitApplication.start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                System.err, "run", "--input", tmp.resolve("input").toString(), "--output", map.resolve("output").toString(),
                "--data", map.resolve("data").toString());
    }

    private static Process startKind(Path map) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the child publishes as the clean run in this JVM does (the chapter is off in the pipeline tests, see the pom)
        return new ProcessBuilder(java, "-Djbr.hoofdstuk.aan=" + System.getProperty("jbr.hoofdstuk.aan", "true"),
                "-cp", System.getProperty("java.class.path"), JbrIntegriteitApplication.class.getName(), "run",
                "--input", tmp.resolve("input").toString(), "--output", map.resolve("output").toString(),
                "--data", map.resolve("data").toString())
                .redirectErrorStream(true).start();
    }

    /** Every file below the output folder except manifests, by relative path. */
    private static Map<String, byte[]> inhoud(Path output) throws IOException {
        Map<String, byte[]> bestanden = new TreeMap<>();
        try (Stream<Path> paden = Files.walk(output)) {
            for (Path p : paden.filter(Files::isRegularFile).toList()) {
                String rel = output.relativize(p).toString().replace('\\', '/');
                // the inleverstatus and the feedback overviews say when each file was received: not compared
                boolean ontvangsttijden = rel.startsWith("beheer/inleverstatus/") || rel.matches("terugmelding/[^/]+/index\\.html")
                        // BZK's record of what each set of tables was made from holds the checksums of the pages,
                        // which say when they were made (the manifest held them before, and was not compared either)
                        || rel.startsWith("beheer/publicatie/");
                if (!ontvangsttijden && (!rel.endsWith("manifest.json") && !rel.endsWith(".html") || rel.endsWith("index.html"))) {
                    // pages say when and by which run they were made (issue 13); the rest must be identical, byte for byte
                    // (workbooks too, read as bytes: ISO-8859-1 maps every byte to one character)
                    bestanden.put(rel, Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .replaceAll("Gegenereerd op [^<]* door run [^<]*\\.", "")
                            // BZK's records of a year name the run that published it
                            .replaceAll("\"run_id\" : \"\\d+\"", "")
                            // the open-data catalogue dates a voorlopig year by its manifest's time of making
                            .replaceAll("\"[^\"]*\"\\^\\^xsd:dateTime", "")
                            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        }
        return bestanden;
    }

    /** Six ministries, two years, 800 incidents and three onderdelen each. */
    private static void maakInvoer(Path input) throws IOException {
        String[] categorieen = {"a", "b. Misbruik positie en belangenverstrengeling", "c", "Ongepaste communicatie", "e",
                "g. Ongewenste omgangsvormen", "h", "i) Misdragingen in de privésfeer", "g"};
        String[] uitkomsten = {"aangetoond", "niet aangetoond", "deels aangetoond", "lopend", ""};
        for (String ministerie : List.of("AZ", "BZK", "DEF", "FIN", "JenV", "OCW")) {
            for (int jaar : new int[] {2024, 2025}) {
                Path map = Files.createDirectories(input.resolve(ministerie).resolve(String.valueOf(jaar)));
                List<String> regels = new ArrayList<>();
                regels.add("onderdeel;categorie;uitkomst;aantal_betrokkenen");
                int n = 800 + ministerie.length() * 17 + jaar % 7;
                for (int i = 0; i < n; i++) {
                    regels.add("Dienst " + (i % 3) + ";" + categorieen[(i * 7 + jaar) % categorieen.length] + ";"
                            + uitkomsten[i % uitkomsten.length] + ";" + (1 + i % 3));
                }
                Files.write(map.resolve("incidenten.csv"), regels, StandardCharsets.UTF_8);
                Files.writeString(map.resolve("personeel.csv"), "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\n"
                        + "Dienst 0;" + (1000 + jaar % 10) + ";31\nDienst 1;2200;57\nDienst 2;" + (300 + ministerie.length()) + ";9\n");
            }
        }
    }
}
