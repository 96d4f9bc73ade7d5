package nl.jbr.integriteit.publish;

import static nl.jbr.integriteit.publish.CsvFiles.keys;
import static nl.jbr.integriteit.publish.CsvFiles.read;
import static nl.jbr.integriteit.publish.CsvFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.warehouse.Warehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the hand-made fixture of {@link PublishFixture} and compares the CSVs with figures
 * worked out by hand from that description.
 */
class PublisherTest {

    /** Ministries valid in 2024 in code-list order (ministeries.csv): 17. */
    static final List<String> GELDIG_2024 = List.of("AZ", "BZ", "BZK", "DEF", "FIN", "OCW", "SZW", "VWS", "EZ",
            "EZK", "LNV", "LVVN", "IenW", "JenV", "KGG", "VRO", "AenM");

    /** The warehouse with the fixture, built once for the class (the models take most of the time). */
    @TempDir
    static Path gedeeld;

    static Warehouse warehouse;
    static PublishFixture fixture;
    static Publisher publisher;

    /** Each test publishes into its own folder, so tests that republish or break a publication stay apart. */
    @TempDir
    Path tmp;

    Path output;
    Path jaar2024;

    @BeforeAll
    static void build() throws Exception {
        warehouse = new Warehouse(gedeeld.resolve("data/warehouse.duckdb"));
        fixture = new PublishFixture(warehouse);
        fixture.load();
        publisher = PublishFixture.publisher();
        fixture.build();
    }

    @BeforeEach
    void publish() {
        output = tmp.resolve("output");
        jaar2024 = publisher.publish(warehouse, 2024, output, "run1");
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void yearsAreThoseInTheDropFolder() {
        assertThat(publisher.jaren(warehouse)).containsExactly(2023, 2024);
        assertThat(jaar2024).isEqualTo(output.resolve("openbaar/2024"));
    }

    @Test
    void everyCsvHasExactlyTheContractColumns() throws IOException {
        Map<String, List<String>> contract = new LinkedHashMap<>();
        contract.put("meldingen_per_ministerie", List.of("ministerie_code", "ministerie", "meldingen", "betrokkenen",
                "aangetoond", "percentage_aangetoond", "medewerkers", "meldingen_per_1000_medewerkers",
                "meldingen_vorig_jaar", "opmerking"));
        contract.put("meldingen_per_categorie", List.of("categorie_code", "categorie", "meldingen", "percentage",
                "meldingen_vorig_jaar"));
        contract.put("categorie_per_ministerie", List.of("ministerie_code", "a", "b", "c", "d", "e", "f", "g", "h",
                "i", "totaal"));
        contract.put("soort_incident", List.of("soort_incident", "meldingen", "percentage"));
        contract.put("soort_onderzoek", List.of("soort_onderzoek", "meldingen", "percentage"));
        contract.put("uitkomst", List.of("uitkomst", "meldingen", "percentage"));
        contract.put("afdoening", List.of("afdoening", "meldingen", "percentage"));
        contract.put("meldingen_per_onderdeel", List.of("ministerie_code", "onderdeel", "meldingen"));
        contract.put("nevenwerkzaamheden_per_onderdeel", List.of("ministerie_code", "onderdeel", "medewerkers",
                "nevenwerkzaamheden", "percentage", "percentage_vorig_jaar"));
        // Contract 6.1 plus a trailing 'opmerking' column: the issue requires the note there too.
        contract.put("nevenwerkzaamheden_per_ministerie", List.of("ministerie_code", "medewerkers",
                "nevenwerkzaamheden", "percentage", "percentage_vorig_jaar", "verschil_procentpunt", "opmerking"));
        contract.put("overzicht_incidenten", List.of("ministerie_code", "categorie", "subcategorie", "omschrijving",
                "toelichting_afronding"));
        contract.put("financiele_belangen_per_ministerie", List.of("ministerie_code", "risicofuncties", "meldingsplichtigen",
                "ontheffingen", "opmerking"));
        contract.put("vertrouwenspersonen_per_ministerie", List.of("ministerie_code", "vertrouwenspersonen",
                "externe_vertrouwenspersonen", "gesprekken", "gesprekken_vorig_jaar", "verschil_procent", "opmerking"));
        contract.put("klachten_geschenken_per_ministerie", List.of("ministerie_code", "klachten_ongewenste_omgangsvormen",
                "geschenken_aangeboden", "geschenken_aangenomen", "opmerking"));
        contract.put("kengetallen_per_onderdeel", List.of("ministerie_code", "onderdeel", "risicofuncties", "meldingsplichtigen",
                "ontheffingen", "vertrouwenspersonen", "externe_vertrouwenspersonen", "gesprekken_vertrouwenspersonen",
                "klachten_ongewenste_omgangsvormen", "geschenken_aangeboden", "geschenken_aangenomen"));
        // Contract 6.1 plus a trailing 'opmerking' column: the note for a year without figures.
        contract.put("trend", List.of("jaar", "meldingen", "meldingen_per_1000_medewerkers", "percentage_aangetoond",
                "percentage_nevenwerkzaamheden", "klachten_ongewenste_omgangsvormen", "gesprekken_vertrouwenspersonen", "opmerking"));
        contract.put("trend_categorie", List.of("jaar", "categorie_code", "categorie", "meldingen", "percentage", "opmerking"));

        try (Stream<Path> files = Files.list(jaar2024.resolve("rijk"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted())
                    .containsExactlyElementsOf(contract.keySet().stream().map(id -> id + ".csv").sorted().toList());
        }
        for (Map.Entry<String, List<String>> table : contract.entrySet()) {
            assertThat(read(jaar2024.resolve("rijk/" + table.getKey() + ".csv")).get(0))
                    .as(table.getKey()).containsExactlyElementsOf(table.getValue());
            if (!table.getKey().equals("categorie_per_ministerie")) {
                assertThat(read(jaar2024.resolve("ministeries/BZK/" + table.getKey() + ".csv")).get(0))
                        .as("BZK " + table.getKey()).containsExactlyElementsOf(table.getValue());
            }
        }
        // The cross-ministry table is not part of a ministry's own set.
        assertThat(jaar2024.resolve("ministeries/BZK/categorie_per_ministerie.csv")).doesNotExist();
    }

    @Test
    void meldingenPerMinisterie() throws IOException {
        List<List<String>> rows = read(jaar2024.resolve("rijk/meldingen_per_ministerie.csv"));
        List<String> expectedOrder = new ArrayList<>(GELDIG_2024);
        expectedOrder.add("RIJK");
        assertThat(keys(rows)).containsExactlyElementsOf(expectedOrder);

        // No file at all.
        assertThat(row(rows, "AZ")).containsExactly("AZ", "Ministerie van Algemene Zaken", "", "", "", "", "", "",
                "", "geen opgave");
        // EZ exists again from 2024 (second period in the code list).
        assertThat(row(rows, "EZ")).containsExactly("EZ", "Ministerie van Economische Zaken", "", "", "", "", "", "",
                "", "geen opgave");
        // Only a rejected file.
        assertThat(row(rows, "FIN").get(9)).isEqualTo("opgave afgekeurd");
        assertThat(row(rows, "FIN").subList(2, 9)).containsOnly("");
        // BZK: 16 meldingen; betrokkenen 15 x 1 + 3 = 18; aangetoond 1 aangetoond + 1 deels = 2,
        // 2 / 16 = 12.5 %; per 1000: 16 / 12800 x 1000 = 1.25 -> 1.3 (half up); 2023: 8 meldingen.
        assertThat(row(rows, "BZK")).containsExactly("BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                "16", "18", "2", "12.5", "12800", "1.3", "8", "");
        // DEF: rejected v2, accepted v1 stays in force: 3 meldingen, 0 aangetoond -> 0/3 = 0.0 %;
        // no personeel file -> medewerkers and rate empty, noted.
        assertThat(row(rows, "DEF")).containsExactly("DEF", "Ministerie van Defensie", "3", "3", "0", "0.0", "", "",
                "", "geen personeelsopgave");
        // OCW: header-only incidenten file is a real zero; 0 / 0 aangetoond -> empty; 0 / 1000 x 1000 = 0.0.
        assertThat(row(rows, "OCW")).containsExactly("OCW", "Ministerie van Onderwijs, Cultuur en Wetenschap", "0",
                "0", "0", "", "1000", "0.0", "", "");
        // RIJK over BZK, DEF, OCW: meldingen 16 + 3 + 0 = 19; betrokkenen 18 + 3 + 0 = 21; aangetoond 2;
        // 2 / 19 = 10.526 -> 10.5; medewerkers 12800 + 1000 = 13800;
        // per 1000 over ministries with both forms (BZK, OCW): 16 / 13800 x 1000 = 1.159 -> 1.2;
        // 2023 RIJK = BZK 8; 17 valid - 3 with opgave = 14 left out.
        assertThat(row(rows, "RIJK")).containsExactly("RIJK", "Rijk (totaal)", "19", "21", "2", "10.5", "13800",
                "1.2", "8", "exclusief 14 ministeries zonder geaccepteerde opgave");

        // A ministry's own set holds only its own row.
        List<List<String>> fin = read(jaar2024.resolve("ministeries/FIN/meldingen_per_ministerie.csv"));
        assertThat(keys(fin)).containsExactly("FIN");
    }

    @Test
    void meldingenPerCategorieRoundsExactlyOnHalves() throws IOException {
        // BZK alone: 16 meldingen. a 1/16 = 6.25 -> 6.3; b 2/16 = 12.5; g 6/16 = 37.5; h 7/16 = 43.75 -> 43.8.
        // 2023 BZK: a 3, g 5, others 0.
        List<List<String>> bzk = read(jaar2024.resolve("ministeries/BZK/meldingen_per_categorie.csv"));
        assertThat(keys(bzk)).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(row(bzk, "a")).containsExactly("a", "Financiële schendingen", "1", "6.3", "3");
        assertThat(row(bzk, "b").subList(2, 5)).containsExactly("2", "12.5", "0");
        assertThat(row(bzk, "c").subList(2, 5)).containsExactly("0", "0.0", "0");
        assertThat(row(bzk, "g").subList(2, 5)).containsExactly("6", "37.5", "5");
        assertThat(row(bzk, "h").subList(2, 5)).containsExactly("7", "43.8", "0");

        // RIJK: 19 meldingen. a 1/19 = 5.26 -> 5.3; b 2/19 = 10.53 -> 10.5; c 3/19 = 15.79 -> 15.8;
        // g 6/19 = 31.58 -> 31.6; h 7/19 = 36.84 -> 36.8.
        List<List<String>> rijk = read(jaar2024.resolve("rijk/meldingen_per_categorie.csv"));
        assertThat(row(rijk, "a").subList(2, 5)).containsExactly("1", "5.3", "3");
        assertThat(row(rijk, "b").subList(2, 5)).containsExactly("2", "10.5", "0");
        assertThat(row(rijk, "c")).containsExactly("c", "Lekken, misbruik en achterhouden van informatie", "3",
                "15.8", "0");
        assertThat(row(rijk, "g").subList(2, 5)).containsExactly("6", "31.6", "5");
        assertThat(row(rijk, "h").subList(2, 5)).containsExactly("7", "36.8", "0");
        assertThat(row(rijk, "i").subList(2, 5)).containsExactly("0", "0.0", "0");

        // FIN (rejected only): empty, not zero. OCW (header-only): zeros, percentage of 0 empty,
        // and no 2023 opgave -> vorig jaar empty.
        assertThat(row(read(jaar2024.resolve("ministeries/FIN/meldingen_per_categorie.csv")), "a"))
                .containsExactly("a", "Financiële schendingen", "", "", "");
        assertThat(row(read(jaar2024.resolve("ministeries/OCW/meldingen_per_categorie.csv")), "a"))
                .containsExactly("a", "Financiële schendingen", "0", "", "");
    }

    @Test
    void distributionsListEveryCodeInListOrder() throws IOException {
        // 19 meldingen. uitkomst: aangetoond 1 (5.3), deels 1 (5.3), niet 4 (4/19 = 21.05 -> 21.1),
        // lopend 3 (DEF; 15.8), onbekend 10 (52.63 -> 52.6).
        assertThat(read(jaar2024.resolve("rijk/uitkomst.csv")).subList(1, 6)).containsExactly(
                List.of("aangetoond", "1", "5.3"), List.of("deels aangetoond", "1", "5.3"),
                List.of("niet aangetoond", "4", "21.1"), List.of("lopend", "3", "15.8"),
                List.of("onbekend", "10", "52.6"));
        // soort_incident: misstand 2 (10.5), integriteitsschending 14 + 3 = 17 (89.47 -> 89.5).
        assertThat(read(jaar2024.resolve("rijk/soort_incident.csv")).subList(1, 4)).containsExactly(
                List.of("onregelmatigheid", "0", "0.0"), List.of("integriteitsschending", "17", "89.5"),
                List.of("misstand", "2", "10.5"));
        // soort_onderzoek: intern 3 (DEF), onbekend 16 (84.21 -> 84.2), the other five 0.
        List<List<String>> onderzoek = read(jaar2024.resolve("rijk/soort_onderzoek.csv"));
        assertThat(keys(onderzoek)).containsExactly("geen", "vooronderzoek", "intern", "extern", "strafrechtelijk",
                "klachtencommissie", "onbekend");
        assertThat(row(onderzoek, "intern")).containsExactly("intern", "3", "15.8");
        assertThat(row(onderzoek, "onbekend")).containsExactly("onbekend", "16", "84.2");
        // afdoening: waarschuwing 1 (1/19 = 5.26 -> 5.3), lopend 3 (15.8), onbekend 15 (15/19 = 78.947 -> 78.9).
        List<List<String>> afdoening = read(jaar2024.resolve("rijk/afdoening.csv"));
        assertThat(keys(afdoening)).hasSize(11).startsWith("geen").endsWith("onbekend");
        assertThat(row(afdoening, "waarschuwing")).containsExactly("waarschuwing", "1", "5.3");
        assertThat(row(afdoening, "lopend")).containsExactly("lopend", "3", "15.8");
        assertThat(row(afdoening, "onbekend")).containsExactly("onbekend", "15", "78.9");
        assertThat(row(afdoening, "strafontslag")).containsExactly("strafontslag", "0", "0.0");
    }

    @Test
    void categoriePerMinisterie() throws IOException {
        List<List<String>> rows = read(jaar2024.resolve("rijk/categorie_per_ministerie.csv"));
        assertThat(keys(rows)).containsExactlyElementsOf(GELDIG_2024);
        assertThat(row(rows, "BZK")).containsExactly("BZK", "1", "2", "0", "0", "0", "0", "6", "7", "0", "16");
        assertThat(row(rows, "DEF")).containsExactly("DEF", "0", "0", "3", "0", "0", "0", "0", "0", "0", "3");
        assertThat(row(rows, "OCW")).containsExactly("OCW", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0");
        assertThat(row(rows, "FIN")).containsExactly("FIN", "", "", "", "", "", "", "", "", "", "");
    }

    @Test
    void onderdelen() throws IOException {
        // "Directie A" x10 and "  directie a " x2 are one onderdeel (12); the <script> name is 4;
        // sorted by ministry order (BZK before DEF) then name ('<' sorts before 'd').
        assertThat(read(jaar2024.resolve("rijk/meldingen_per_onderdeel.csv")).subList(1, 4)).containsExactly(
                List.of("BZK", "<script>alert(1)</script>", "4"), List.of("BZK", "Directie A", "12"),
                List.of("DEF", "Staf", "3"));
        // Directie A: 100 / 800 = 12.5 %, 2023 "directie a" (matched case-insensitively) 80 / 800 = 10.0;
        // Directie B: 50 / 12000 = 0.4167 -> 0.4, 2023 102 / 12000 = 0.85 -> 0.9;
        // OCW-kern: 25 / 1000 = 2.5, no 2023.
        assertThat(read(jaar2024.resolve("rijk/nevenwerkzaamheden_per_onderdeel.csv")).subList(1, 4)).containsExactly(
                List.of("BZK", "Directie A", "800", "100", "12.5", "10.0"),
                List.of("BZK", "Directie B", "12000", "50", "0.4", "0.9"),
                List.of("OCW", "OCW-kern", "1000", "25", "2.5", ""));
    }

    @Test
    void nevenwerkzaamhedenAreRatiosOfSums() throws IOException {
        List<List<String>> rows = read(jaar2024.resolve("rijk/nevenwerkzaamheden_per_ministerie.csv"));
        // BZK: (100 + 50) / (800 + 12000) = 150 / 12800 = 1.171875 % -> 1.2. The mean of the onderdeel
        // percentages would be (12.5 + 0.4167) / 2 = 6.46: not what is published.
        // 2023: (80 + 102) / 12800 = 1.421875 -> 1.4.
        // verschil: (150 - 182) / 12800 x 100 = -0.25 exactly -> -0.3 (half away from zero), whereas the
        // rounded percentages would give 1.2 - 1.4 = -0.2.
        assertThat(row(rows, "BZK")).containsExactly("BZK", "12800", "150", "1.2", "1.4", "-0.3", "");
        assertThat(row(rows, "OCW")).containsExactly("OCW", "1000", "25", "2.5", "", "", "");
        assertThat(row(rows, "DEF")).containsExactly("DEF", "", "", "", "", "", "geen opgave");
        // RIJK: 175 / 13800 = 1.268 % -> 1.3; 2023 RIJK = BZK 182 / 12800 -> 1.4;
        // verschil (175 x 12800 - 182 x 13800) / (13800 x 12800) x 100 = -271600 / 176640000 x 100 = -0.1538 -> -0.2;
        // 17 - 2 ministries with a personeel opgave = 15 left out.
        assertThat(row(rows, "RIJK")).containsExactly("RIJK", "13800", "175", "1.3", "1.4", "-0.2",
                "exclusief 15 ministeries zonder geaccepteerde opgave");
        assertThat(keys(rows)).hasSize(18).endsWith("RIJK");
    }

    @Test
    void overzichtHoldsOnlyPublishableInsensitiveRowsNeutralised() throws IOException {
        // BZK line 2 (publiceerbaar, not gevoelig) and DEF line 2; BZK line 3 is gevoelig, the rest not publiceerbaar.
        // "=1+1 onderzocht" would be a formula in a spreadsheet: neutralised with a leading apostrophe.
        assertThat(read(jaar2024.resolve("rijk/overzicht_incidenten.csv")).subList(1, 3)).containsExactly(
                List.of("BZK", "Financiële schendingen", "Fraude", "'=1+1 onderzocht", "afgerond"),
                List.of("DEF", "Lekken, misbruik en achterhouden van informatie", "", "Lek", ""));
        assertThat(read(jaar2024.resolve("rijk/overzicht_incidenten.csv"))).hasSize(3);
        assertThat(read(jaar2024.resolve("ministeries/DEF/overzicht_incidenten.csv"))).hasSize(2);
    }

    @Test
    void numbersInCsvAreUntouchedEvenWhenNegative() throws IOException {
        String text = Files.readString(jaar2024.resolve("rijk/nevenwerkzaamheden_per_ministerie.csv"));
        assertThat(text).contains("BZK,12800,150,1.2,1.4,-0.3,\n").doesNotContain("'-0.3");
    }

    @Test
    void csvwMetadataDescribesEveryColumn() throws IOException {
        JsonNode doc = JsonMapper.builder().build().readTree(
                jaar2024.resolve("rijk/meldingen_per_categorie.csv-metadata.json").toFile());
        assertThat(doc.get("@context").get(0).asString()).isEqualTo("http://www.w3.org/ns/csvw");
        assertThat(doc.get("@context").get(1).get("@language").asString()).isEqualTo("nl");
        assertThat(doc.get("url").asString()).isEqualTo("meldingen_per_categorie.csv");
        assertThat(doc.get("dc:title").asString()).isEqualTo("Meldingen per categorie integriteitsschending");
        JsonNode columns = doc.get("tableSchema").get("columns");
        assertThat(columns.size()).isEqualTo(5);
        assertThat(columns.get(3).get("name").asString()).isEqualTo("percentage");
        // the CSV header cell is among the titles (W3C "Metadata Vocabulary for Tabular Data" 5.5), the Dutch label too
        assertThat(columns.get(3).get("titles").values()).extracting(JsonNode::asString).containsExactly("percentage", "Percentage");
        assertThat(read(jaar2024.resolve("rijk/meldingen_per_categorie.csv")).get(0).get(3)).isEqualTo("percentage");
        assertThat(columns.get(3).get("datatype").asString()).isEqualTo("decimal");
        assertThat(columns.get(2).get("datatype").asString()).isEqualTo("integer");
        assertThat(columns.get(1).get("datatype").asString()).isEqualTo("string");
    }

    @Test
    void htmlIsDutchAccessibleSelfContainedAndEscaped() throws IOException {
        String html = Files.readString(jaar2024.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"nl\">")
                .contains("<td class=\"getal\">12,5%</td>")        // BZK percentage aangetoond
                .contains("<td class=\"getal\">12.800</td>")       // BZK medewerkers
                .contains("<td class=\"getal\">13.800</td>")       // RIJK medewerkers
                .contains("<td class=\"getal leeg\">–</td>")       // empty figure
                .contains("geen opgave")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<caption id=\"meldingen_per_ministerie-bijschrift\">")
                .contains("<th scope=\"col\"")
                .contains("<svg role=\"img\"")
                .contains("<title id=\"uitkomst-svg-titel\">")
                .contains("<desc id=\"uitkomst-svg-desc\">")
                .contains("Bron: registraties integriteitsschendingen van de ministeries, bewerking BZK")
                .contains("href=\"ministeries/BZK/index.html\"");
        assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("<link").doesNotContain("<img");
        // SVG charts for exactly the four tables and the trend, and the trend per category as nine small panels
        assertThat(html.split("<svg ", -1)).hasSize(1 + 4 + 1 + 9);
        assertThat(html.split("<div class=\"paneel\">", -1)).hasSize(1 + 9);

        String bzk = Files.readString(jaar2024.resolve("ministeries/BZK/index.html"), StandardCharsets.UTF_8);
        assertThat(bzk).contains("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
                .contains("<td class=\"getal\">6,3%</td>")        // categorie a: 1/16
                .contains("<td class=\"getal\">43,8%</td>")       // categorie h: 7/16
                .contains("href=\"meldingen_per_categorie.csv\"")
                .doesNotContain("categorie_per_ministerie")
                .contains("href=\"../../index.html\"");
        // FIN has no accepted opgave: empty cells, no charts of nothing.
        String fin = Files.readString(jaar2024.resolve("ministeries/FIN/index.html"), StandardCharsets.UTF_8);
        assertThat(fin).contains("opgave afgekeurd").doesNotContain("<svg");
    }

    @Test
    void manifestTracesEveryInputVersion() throws IOException {
        JsonNode manifest = JsonMapper.builder().build().readTree(jaar2024.resolve("manifest.json").toFile());
        assertThat(manifest.get("status").asString()).isEqualTo("voorlopig");
        assertThat(manifest.get("gegenereerd_op").asString()).isEqualTo("2025-02-01T02:00:00Z");
        assertThat(manifest.get("tabellen").size()).isEqualTo(17);
        assertThat(manifest.get("tabellen").get(0).get("id").asString()).isEqualTo("meldingen_per_ministerie");
        List<String> invoer = new ArrayList<>();
        for (JsonNode file : manifest.get("invoer")) {
            assertThat(file.propertyNames()).containsExactly("ministerie", "formulier", "versie", "sha256", "ontvangen_op");
            assertThat(file.get("ontvangen_op").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
            invoer.add(file.get("ministerie").asString() + " " + file.get("formulier").asString() + " v"
                    + file.get("versie").asInt() + " " + file.get("sha256").asString());
        }
        // the versions in force in 2024, in ministry order (BZK, DEF, OCW): DEF's rejected v2 and FIN's rejected file
        // are not behind any figure; no file names, no row counts (contract 6)
        assertThat(invoer).containsExactly(
                "BZK incidenten v1 sha1",
                "BZK personeel v1 sha2",
                "DEF incidenten v1 sha4",
                "OCW incidenten v1 sha6",
                "OCW personeel v1 sha7");
        assertThat(Files.readString(jaar2024.resolve("manifest.json"))).doesNotContain("\"incidenten.csv\"")
                .doesNotContain("regels").doesNotContain("primair").doesNotContain("secundair")
                .doesNotContain("interval").doesNotContain("run_id").doesNotContain("vingerafdruk");
    }

    @Test
    void previousYearWithoutEarlierDataHasEmptyComparisons() throws IOException {
        Path jaar2023 = publisher.publish(warehouse, 2023, output, "run1");
        List<List<String>> rows = read(jaar2023.resolve("rijk/meldingen_per_ministerie.csv"));
        // 2023: 12 valid ministries (EZ not: until 2017 and from 2024), then RIJK.
        assertThat(keys(rows)).containsExactly("AZ", "BZ", "BZK", "DEF", "FIN", "OCW", "SZW", "VWS", "EZK", "LNV",
                "IenW", "JenV", "RIJK");
        // BZK 2023: 8 meldingen, 8 / 12800 x 1000 = 0.625 -> 0.6; no 2022 data -> vorig jaar empty.
        assertThat(row(rows, "BZK")).containsExactly("BZK", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
                "8", "8", "0", "0.0", "12800", "0.6", "", "");
        assertThat(row(read(jaar2023.resolve("rijk/nevenwerkzaamheden_per_ministerie.csv")), "BZK"))
                .containsExactly("BZK", "12800", "182", "1.4", "", "", "");
        // Publishing 2023 left 2024 alone.
        assertThat(jaar2024.resolve("index.html")).exists();
    }

    @Test
    void identicalInputGivesIdenticalBytes() throws IOException {
        // A second computation and publication into another folder, under another run id.
        fixture.build();
        Path second = publisher.publish(warehouse, 2024, tmp.resolve("output2"), "run2");
        Map<String, byte[]> first = contents(jaar2024);
        Map<String, byte[]> again = contents(second);
        assertThat(again.keySet()).containsExactlyElementsOf(first.keySet());
        for (String name : first.keySet()) {
            if (name.endsWith(".html")) {
                // pages say when and by which run they were made (issue 13); the rest is identical
                assertThat(zonderStempel(again.get(name))).as(name).isEqualTo(zonderStempel(first.get(name)));
            } else if (!name.equals("manifest.json")) {
                assertThat(again.get(name)).as(name).isEqualTo(first.get(name));
            }
        }
        // The manifest differs only in the run id (the clock is fixed in this test).
        String manifest1 = new String(first.get("manifest.json"), StandardCharsets.UTF_8);
        String manifest2 = new String(again.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest2.replace("\"run2\"", "\"run1\"")).isEqualTo(manifest1);
    }

    @Test
    void republishingReplacesTheYear() throws IOException {
        Files.writeString(jaar2024.resolve("stale.txt"), "from an older run");
        publisher.publish(warehouse, 2024, output, "run2");
        assertThat(jaar2024.resolve("stale.txt")).doesNotExist();
        assertThat(jaar2024.resolve("rijk/meldingen_per_ministerie.csv")).exists();
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("openbaar", "beheer");
        }
    }

    @Test
    void failedRenderingLeavesThePreviousPublicationIntact() throws IOException {
        Map<String, byte[]> before = contents(jaar2024);
        // The same job folder, but with a template that fails while rendering.
        Path jobs = tmp.resolve("jobs");
        try (Stream<Path> walk = Files.walk(Path.of("jobs"))) {
            for (Path source : walk.toList()) {
                Path target = jobs.resolve(Path.of("jobs").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.writeString(jobs.resolve("jaarrapportage/templates/index.ftlh"), "<p>${geen_bestaande_variabele}</p>");
        Publisher broken = PublishFixture.publisher(jobs.toUri().toString(), Clock.systemUTC());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.publish(warehouse, 2024, output, "run2"))
                .hasMessageContaining("index.ftlh");

        Map<String, byte[]> after = contents(jaar2024);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("openbaar", "beheer");
        }
    }

    /** A page without its line "Gegenereerd op ... door run ...". */
    static String zonderStempel(byte[] page) {
        return new String(page, StandardCharsets.UTF_8).replaceAll("Gegenereerd op [^<]* door run [^<]*\\.", "");
    }

    static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
