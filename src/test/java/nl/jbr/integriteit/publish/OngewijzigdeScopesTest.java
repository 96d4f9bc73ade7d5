package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * A year republished after one ministry's file changed: the other ministry's set of tables is copied from the
 * previous publication (its page still says run 1), the changed ministry's set and the rijksbrede set are made again
 * (run 2), and every file is what a publication from scratch of the same input writes. A copied file that was edited
 * under output/ is not copied again but made anew.
 */
class OngewijzigdeScopesTest {

    @TempDir
    Path tmp;

    @Test
    void eenOngewijzigdeSetWordtOvergenomenEnIsGelijkAanOpnieuwGemaakt() throws IOException {
        Path root = tmp.resolve("stap");
        schrijf(root, "BZK", 4);
        schrijf(root, "FIN", 5);
        Pijplijn.run(root);
        assertThat(pagina(root, "ministeries/FIN/index.html")).contains("door run 1.");

        schrijf(root, "BZK", 6); // BZK's counts change; FIN's set does not
        Pijplijn.run(root);
        assertThat(pagina(root, "index.html")).contains("door run 2.");
        assertThat(pagina(root, "ministeries/BZK/index.html")).contains("door run 2.");
        assertThat(pagina(root, "ministeries/FIN/index.html")).contains("door run 1.");
        assertThat(Files.readString(root.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv")))
                .contains("BZK,Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,6,")
                .contains("FIN,Ministerie van Financiën,5,");
        // what each set was made from is BZK's record, not public (a fingerprint of rows is for no attacker to test)
        assertThat(Files.readString(root.resolve("output/beheer/publicatie/2024.json"))).contains("\"scopes\"");
        assertThat(Files.readString(root.resolve("output/openbaar/2024/manifest.json"))).doesNotContain("scopes")
                .doesNotContain("vingerafdruk");

        // the same input published from scratch: the same files, byte for byte (pages apart from their run line)
        Path nieuw = tmp.resolve("nieuw");
        schrijf(nieuw, "BZK", 6);
        schrijf(nieuw, "FIN", 5);
        Pijplijn.run(nieuw);
        zelfdeBestanden(root.resolve("output/openbaar/2024"), nieuw.resolve("output/openbaar/2024"));

        // an edited copy is made again, not copied
        Path finCsv = root.resolve("output/openbaar/2024/ministeries/FIN/meldingen_per_ministerie.csv");
        String goed = Files.readString(finCsv);
        Files.writeString(finCsv, goed.replace(",5,", ",50,"));
        schrijf(root, "BZK", 7);
        Pijplijn.run(root);
        assertThat(Files.readString(finCsv)).isEqualTo(goed);
        assertThat(pagina(root, "ministeries/FIN/index.html")).contains("door run 3.");
    }

    private static void zelfdeBestanden(Path a, Path b) throws IOException {
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(a)) {
            bestanden = s.filter(Files::isRegularFile).map(a::relativize).sorted().toList();
        }
        try (Stream<Path> s = Files.walk(b)) {
            assertThat(s.filter(Files::isRegularFile).map(b::relativize).sorted().toList()).isEqualTo(bestanden);
        }
        for (Path p : bestanden) {
            String naam = p.getFileName().toString();
            if (naam.equals("manifest.json")) {
                continue; // run id and time
            }
            if (naam.endsWith(".html")) {
                assertThat(zonderRunregel(b.resolve(p))).as(p.toString()).isEqualTo(zonderRunregel(a.resolve(p)));
            } else {
                assertThat(Files.readAllBytes(b.resolve(p))).as(p.toString()).isEqualTo(Files.readAllBytes(a.resolve(p)));
            }
        }
    }

    /**
     * The page model holds records (the ministries it links to, the other years): a record counts as the map of its
     * components, so the fingerprint is what the same names and values as maps give, and changes with any of them.
     */
    @Test
    void eenRecordTeltInDeVingerafdrukAlsDeMapVanZijnComponenten() {
        Map<String, Object> metMaps = new LinkedHashMap<>();
        metMaps.put("naam", "Rijksoverheid");
        metMaps.put("ministeries", List.of(Map.of("naam", "Ministerie van Financiën", "code", "FIN")));
        metMaps.put("andereJaren", List.of(Map.of("href", "../../../2023/ministeries/FIN/index.html", "jaar", "2023")));
        Map<String, Object> metRecords = new LinkedHashMap<>();
        metRecords.put("naam", "Rijksoverheid");
        metRecords.put("ministeries", List.of(new Publisher.Ministerie("FIN", "Ministerie van Financiën")));
        metRecords.put("andereJaren", List.of(new Publisher.AnderJaar("2023", "../../../2023/ministeries/FIN/index.html")));

        assertThat(OngewijzigdeScopes.vingerafdruk("code", 2024, "RIJK", metRecords, List.of()))
                .isEqualTo(OngewijzigdeScopes.vingerafdruk("code", 2024, "RIJK", metMaps, List.of()));
        metRecords.put("ministeries", List.of(new Publisher.Ministerie("FIN", "Ministerie van Financien")));
        assertThat(OngewijzigdeScopes.vingerafdruk("code", 2024, "RIJK", metRecords, List.of()))
                .isNotEqualTo(OngewijzigdeScopes.vingerafdruk("code", 2024, "RIJK", metMaps, List.of()));
    }

    private static String zonderRunregel(Path html) throws IOException {
        return Files.readString(html, StandardCharsets.UTF_8).replaceAll("Gegenereerd op [^<]* door run \\d+\\.", "");
    }

    private static String pagina(Path root, String pad) throws IOException {
        return Files.readString(root.resolve("output/openbaar/2024").resolve(pad));
    }

    private static void schrijf(Path root, String ministerie, int meldingen) throws IOException {
        StringBuilder csv = new StringBuilder("volgnummer;onderdeel;categorie\n");
        for (int i = 1; i <= meldingen; i++) {
            csv.append(ministerie).append('-').append(i).append(";Staf;g\n");
        }
        Path map = Files.createDirectories(root.resolve("input/" + ministerie + "/2024"));
        Files.writeString(map.resolve("incidenten.csv"), csv.toString());
    }
}
