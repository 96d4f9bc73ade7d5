package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.warehouse.Warehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The year's tables as spreadsheets (contract 6): the fixture of {@link PublishFixture} at threshold 3, so that
 * protected cells ({@code x}) occur. Expected cells are worked out from the fixture description: in
 * {@code meldingen_per_ministerie} the rows are title (1), scope (2), empty (3), header (4), then the ministries in
 * code-list order: AZ row 5 (no opgave), BZ row 6, BZK row 7 (16 meldingen, aangetoond 2 is unsafe, 12800
 * medewerkers).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WerkmapPublicatieTest {

    @TempDir
    static Path tmp;

    Warehouse warehouse;
    Publisher publisher;
    Path jaar2024;

    @BeforeAll
    void publish() throws Exception {
        warehouse = new Warehouse(tmp.resolve("data/warehouse.duckdb"));
        publisher = PublishFixture.publisher();
        jaar2024 = new PublishFixture(warehouse).publiceer2024(3, tmp.resolve("output"));
    }

    @AfterAll
    void close() {
        warehouse.close();
    }

    @Test
    void everyScopeHasAnXlsxAndAnOds() {
        assertThat(jaar2024.resolve("tabellen-integriteit-2024.xlsx")).isRegularFile();
        assertThat(jaar2024.resolve("tabellen-integriteit-2024.ods")).isRegularFile();
        assertThat(jaar2024.resolve("ministeries/BZK/tabellen-integriteit-2024-BZK.xlsx")).isRegularFile();
        assertThat(jaar2024.resolve("ministeries/AZ/tabellen-integriteit-2024-AZ.ods")).isRegularFile();
    }

    @Test
    void countsAreNumbersWithAFormatAndMarksAreText() throws Exception {
        Path xlsx = jaar2024.resolve("tabellen-integriteit-2024.xlsx");
        String workbook = entry(xlsx, "xl/workbook.xml");
        // Inhoud first, then the tables in page order
        assertThat(workbook).contains("<sheet name=\"Inhoud\" sheetId=\"1\"", "<sheet name=\"meldingen_per_ministerie\" sheetId=\"2\"");
        String blad = entry(xlsx, "xl/worksheets/sheet2.xml");
        assertThat(blad).contains("<c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">Tabel 1. Meldingen van "
                + "(vermoedelijke) integriteitsschendingen per ministerie, 2024</t></is></c>");
        assertThat(blad).contains("<c r=\"C4\" t=\"inlineStr\" s=\"2\"><is><t xml:space=\"preserve\">Meldingen</t></is></c>");
        assertThat(blad).contains("<c r=\"A7\" t=\"inlineStr\"><is><t xml:space=\"preserve\">BZK</t></is></c>");
        // 16 meldingen: a number, style 3 = #,##0
        assertThat(blad).contains("<c r=\"C7\" s=\"3\"><v>16</v></c>");
        // aangetoond 2 < 3: protected, the text x; its percentage too; aligned right (style 11) as the numbers are
        assertThat(blad).contains("<c r=\"E7\" t=\"inlineStr\" s=\"11\"><is><t xml:space=\"preserve\">x</t></is></c>");
        assertThat(blad).contains("<c r=\"F7\" t=\"inlineStr\" s=\"11\"><is><t xml:space=\"preserve\">x</t></is></c>");
        assertThat(blad).contains("<c r=\"G7\" s=\"3\"><v>12800</v></c>");
        // AZ: no opgave, an empty figure is the text –
        assertThat(blad).contains("<c r=\"C5\" t=\"inlineStr\" s=\"11\"><is><t xml:space=\"preserve\">–</t></is></c>");
        // header frozen below row 4; footnotes (italic, style 4) below the table
        assertThat(blad).contains("<pane ySplit=\"4\" topLeftCell=\"A5\"");
        assertThat(blad).contains("s=\"4\"><is><t xml:space=\"preserve\">1. Een melding is één regel");
        String styles = entry(xlsx, "xl/styles.xml");
        assertThat(styles).contains("<numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/>");
        for (String deel : List.of("[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet2.xml")) {
            wellFormed(entry(xlsx, deel));
        }
    }

    @Test
    void decimalsKeepOneDecimalInBothFormats() throws Exception {
        // BZK per 1000: 16 / 12800 x 1000 = 1.25 -> 1.3 (H7), unless hidden; RIJK percentages likewise have one decimal
        String blad = entry(jaar2024.resolve("tabellen-integriteit-2024.xlsx"), "xl/worksheets/sheet2.xml");
        assertThat(blad).contains("<c r=\"H7\" s=\"7\"><v>1.3</v></c>");
        String content = entry(jaar2024.resolve("tabellen-integriteit-2024.ods"), "content.xml");
        wellFormed(content);
        assertThat(content).contains("<table:table table:name=\"meldingen_per_ministerie\">");
        assertThat(content).contains("<table:table-cell table:style-name=\"getal1\" office:value-type=\"float\" office:value=\"1.3\"><text:p>1,3</text:p></table:table-cell>");
        assertThat(content).contains("office:value-type=\"float\" office:value=\"12800\"><text:p>12.800</text:p>");
        assertThat(content).contains("<table:table-cell table:style-name=\"rechts\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>");
    }

    @Test
    void odsStartsWithItsStoredMimetype() throws IOException {
        byte[] bytes = Files.readAllBytes(jaar2024.resolve("tabellen-integriteit-2024.ods"));
        // local header: name at offset 30, stored content right after
        assertThat(new String(bytes, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(new String(bytes, 38, 46, StandardCharsets.US_ASCII)).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
    }

    @Test
    void sameInputSameBytesWithFixedZipTimes() throws IOException {
        Path tweede = publisher.publish(warehouse, 2024, tmp.resolve("output2"), "run2");
        for (String naam : List.of("tabellen-integriteit-2024.xlsx", "tabellen-integriteit-2024.ods",
                "ministeries/BZK/tabellen-integriteit-2024-BZK.xlsx", "ministeries/BZK/tabellen-integriteit-2024-BZK.ods")) {
            assertThat(Files.readAllBytes(tweede.resolve(naam))).as(naam).isEqualTo(Files.readAllBytes(jaar2024.resolve(naam)));
            try (ZipFile zip = new ZipFile(jaar2024.resolve(naam).toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
                }
            }
        }
    }

    @Test
    void pagesLinkToTheirWorkbooksAndTheManifestListsThem() throws IOException {
        String index = Files.readString(jaar2024.resolve("index.html"));
        assertThat(index).contains("<a href=\"tabellen-integriteit-2024.xlsx\">", "<a href=\"tabellen-integriteit-2024.ods\">");
        String bzk = Files.readString(jaar2024.resolve("ministeries/BZK/index.html"));
        assertThat(bzk).contains("<a href=\"tabellen-integriteit-2024-BZK.xlsx\">");
        JsonNode manifest = JsonMapper.builder().build().readTree(jaar2024.resolve("manifest.json").toFile());
        List<String> werkmappen = new ArrayList<>();
        manifest.get("werkmappen").forEach(n -> werkmappen.add(n.asString()));
        assertThat(werkmappen).startsWith("tabellen-integriteit-2024.xlsx", "tabellen-integriteit-2024.ods")
                .contains("ministeries/BZK/tabellen-integriteit-2024-BZK.ods");
    }

    @Test
    void ministrySheetHoldsOnlyItsOwnRow() throws IOException {
        String blad = entry(jaar2024.resolve("ministeries/BZK/tabellen-integriteit-2024-BZK.xlsx"), "xl/worksheets/sheet2.xml");
        assertThat(blad).contains("<c r=\"A5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">BZK</t></is></c>");
        assertThat(blad).doesNotContain(">AZ<", ">RIJK<");
    }

    static String entry(Path zipBestand, String naam) throws IOException {
        try (ZipFile zip = new ZipFile(zipBestand.toFile())) {
            ZipEntry entry = zip.getEntry(naam);
            assertThat(entry).as(naam).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void wellFormed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
