package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * Issue 23, the workbooks as a reader uses them, read back by a spreadsheet library (Apache POI) for .xlsx and as ODF
 * XML for .ods, over the fixture of {@link PublishFixture} at threshold 3: {@code x} and {@code –} sit right as the
 * numbers do; every sheet holds exactly the rows of its table's CSV (an empty table gets a line below it, no row);
 * the Inhoud sheet links to every table's sheet; every table sheet repeats its title and header (rows 1-4) on each
 * printed page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WerkmapLeesbaarheidTest {

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";

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
    void marksSitRightAsTheNumbersDo() throws Exception {
        // meldingen_per_ministerie, rows as in WerkmapPublicatieTest: BZK row 7 (aangetoond 2 < 3: x in E7, F7),
        // AZ row 5 (no opgave: – in C5)
        try (XSSFWorkbook wb = xlsx(jaar2024.resolve("tabellen-integriteit-2024.xlsx"))) {
            Sheet blad = wb.getSheet("meldingen_per_ministerie");
            assertThat(tekst(blad, 6, 4)).isEqualTo("x");
            assertThat(blad.getRow(6).getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(blad.getRow(6).getCell(5).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(tekst(blad, 4, 2)).isEqualTo("–");
            assertThat(blad.getRow(4).getCell(2).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            // the row label stays left (general), the number is a number
            assertThat(blad.getRow(6).getCell(0).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.GENERAL);
            assertThat(blad.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(16);
        }
        Document ods = content(jaar2024.resolve("tabellen-integriteit-2024.ods"));
        Element blad = odsBlad(ods, "meldingen_per_ministerie");
        List<List<Element>> rijen = odsRijen(blad);
        for (Element cel : List.of(rijen.get(6).get(4), rijen.get(6).get(5), rijen.get(4).get(2))) {
            assertThat(cel.getTextContent()).isIn("x", "–");
            assertThat(uitlijning(ods, cel.getAttributeNS(TABLE, "style-name"))).isEqualTo("end");
        }
        assertThat(uitlijning(ods, rijen.get(6).get(0).getAttributeNS(TABLE, "style-name"))).isNull();
    }

    @Test
    void everySheetHoldsTheRowsOfItsCsvAndAnEmptyTableSaysSoBelowIt() throws Exception {
        List<Path> mappen = new ArrayList<>();
        mappen.add(jaar2024);
        try (Stream<Path> s = Files.list(jaar2024.resolve("ministeries"))) {
            s.sorted().forEach(mappen::add);
        }
        int leeg = 0;
        for (Path map : mappen) {
            Path csvMap = map.equals(jaar2024) ? jaar2024.resolve("rijk") : map;
            Path xlsxBestand;
            try (Stream<Path> s = Files.list(map)) {
                xlsxBestand = s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
            }
            Document ods = content(Path.of(xlsxBestand.toString().replaceAll("\\.xlsx$", ".ods")));
            String html = Files.readString(map.resolve("index.html"));
            // the tables in page order, as the sheets after Inhoud are (a sheet name is cut at 31 characters)
            List<String> ids = new ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<section aria-labelledby=\"([^\"]+)\">").matcher(html);
            while (m.find()) {
                ids.add(m.group(1));
            }
            try (XSSFWorkbook wb = xlsx(xlsxBestand)) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(ids.size() + 1);
                for (int b = 1; b < wb.getNumberOfSheets(); b++) {
                    Sheet blad = wb.getSheetAt(b);
                    String id = ids.get(b - 1);
                    assertThat(id).startsWith(blad.getSheetName());
                    List<List<String>> csv = CsvFiles.read(csvMap.resolve(id + ".csv"));
                    List<List<String>> data = csv.subList(1, csv.size());
                    String waar = xlsxBestand.getFileName() + "!" + blad.getSheetName();
                    // data rows: from row 5 down to the first empty row
                    List<String> eersteKolom = new ArrayList<>();
                    for (int r = 4; blad.getRow(r) != null && blad.getRow(r).getPhysicalNumberOfCells() > 0; r++) {
                        eersteKolom.add(tekst(blad, r, 0));
                    }
                    assertThat(eersteKolom).as(waar).containsExactlyElementsOf(data.stream().map(r -> r.get(0)).toList());
                    List<List<Element>> odsRijen = odsRijen(odsBlad(ods, blad.getSheetName()));
                    List<String> odsEerste = new ArrayList<>();
                    for (int r = 4; r < odsRijen.size() && !odsRijen.get(r).get(0).getTextContent().isEmpty(); r++) {
                        odsEerste.add(odsRijen.get(r).get(0).getTextContent());
                    }
                    assertThat(odsEerste).as(waar + " (ods)").isEqualTo(eersteKolom);
                    if (data.isEmpty()) {
                        leeg++;
                        String zin = "Geen gegevens over 2024: de tabel heeft geen rijen.";
                        assertThat(tekst(blad, 5, 0)).as(waar).isEqualTo(zin);
                        assertThat(odsRijen.get(5).get(0).getTextContent()).as(waar + " (ods)").isEqualTo(zin);
                        String sectie = html.substring(html.indexOf("<section aria-labelledby=\"" + id + "\">"));
                        sectie = sectie.substring(0, sectie.indexOf("</section>"));
                        assertThat(sectie).as(waar + " (html)").contains("<p class=\"geen-gegevens\" id=\"" + id + "-geen\">" + zin + "</p>").doesNotContain("<td");
                    }
                }
            }
        }
        // the fixture has tables without rows (AZ, with no opgave, has no meldingen): the case is covered
        assertThat(leeg).isPositive();
    }

    @Test
    void inhoudLinksToEveryTableSheetAndEachTablePrintsItsHeaderOnEveryPage() throws Exception {
        List<String> tabelbladen = new ArrayList<>();
        try (XSSFWorkbook wb = xlsx(jaar2024.resolve("tabellen-integriteit-2024.xlsx"))) {
            Sheet inhoud = wb.getSheetAt(0);
            assertThat(inhoud.getSheetName()).isEqualTo("Inhoud");
            assertThat(inhoud.getRepeatingRows()).isNull();
            for (int b = 1; b < wb.getNumberOfSheets(); b++) {
                Sheet blad = wb.getSheetAt(b);
                tabelbladen.add(blad.getSheetName());
                assertThat(blad.getRepeatingRows()).as(blad.getSheetName()).isEqualTo(CellRangeAddress.valueOf("1:4"));
                // Inhoud row 4 is its header; table b on row 4 + b, its sheet name in column B, linked
                Cell cel = inhoud.getRow(3 + b).getCell(1);
                assertThat(cel.getStringCellValue()).isEqualTo(blad.getSheetName());
                assertThat(cel.getHyperlink()).as(blad.getSheetName()).isNotNull();
                assertThat(cel.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                assertThat(cel.getHyperlink().getAddress()).isIn(blad.getSheetName() + "!A1", "'" + blad.getSheetName() + "'!A1");
            }
        }
        assertThat(tabelbladen).hasSizeGreaterThan(5);

        Document ods = content(jaar2024.resolve("tabellen-integriteit-2024.ods"));
        NodeList links = odsBlad(ods, "Inhoud").getElementsByTagNameNS(TEXT, "a");
        List<String> doelen = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            doelen.add(((Element) links.item(i)).getAttributeNS(XLINK, "href"));
        }
        assertThat(doelen).containsExactlyElementsOf(tabelbladen.stream().map(n -> "#" + n + ".A1").toList());
        assertThat(odsBlad(ods, "Inhoud").getElementsByTagNameNS(TABLE, "table-header-rows").getLength()).isZero();
        for (String naam : tabelbladen) {
            NodeList kop = odsBlad(ods, naam).getElementsByTagNameNS(TABLE, "table-header-rows");
            assertThat(kop.getLength()).as(naam).isEqualTo(1);
            NodeList rijen = ((Element) kop.item(0)).getElementsByTagNameNS(TABLE, "table-row");
            assertThat(rijen.getLength()).as(naam).isEqualTo(4);
            assertThat(rijen.item(0).getTextContent()).startsWith("Tabel ");
        }
    }

    private static XSSFWorkbook xlsx(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String tekst(Sheet blad, int rij, int kolom) {
        Row r = blad.getRow(rij);
        Cell c = r == null ? null : r.getCell(kolom);
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue()) : c.getStringCellValue();
    }

    private static Document content(Path ods) throws Exception {
        try (ZipFile zip = new ZipFile(ods.toFile())) {
            byte[] xml = zip.getInputStream(zip.getEntry("content.xml")).readAllBytes();
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        }
    }

    private static Element odsBlad(Document ods, String naam) {
        NodeList tabellen = ods.getElementsByTagNameNS(TABLE, "table");
        for (int i = 0; i < tabellen.getLength(); i++) {
            Element t = (Element) tabellen.item(i);
            if (t.getAttributeNS(TABLE, "name").equals(naam)) {
                return t;
            }
        }
        throw new AssertionError("no sheet " + naam);
    }

    /** The rows of an ODS sheet (header rows included), each its cells; an empty row has one empty cell. */
    private static List<List<Element>> odsRijen(Element blad) {
        List<List<Element>> uit = new ArrayList<>();
        NodeList rijen = blad.getElementsByTagNameNS(TABLE, "table-row");
        for (int i = 0; i < rijen.getLength(); i++) {
            List<Element> cellen = new ArrayList<>();
            NodeList c = ((Element) rijen.item(i)).getElementsByTagNameNS(TABLE, "table-cell");
            for (int k = 0; k < c.getLength(); k++) {
                cellen.add((Element) c.item(k));
            }
            uit.add(cellen);
        }
        return uit;
    }

    /** The fo:text-align of automatic cell style {@code naam}, or null when it has none. */
    private static String uitlijning(Document ods, String naam) {
        Map<String, Element> stijlen = new HashMap<>();
        NodeList s = ods.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < s.getLength(); i++) {
            stijlen.put(((Element) s.item(i)).getAttributeNS(STYLE, "name"), (Element) s.item(i));
        }
        Element stijl = stijlen.get(naam);
        if (stijl == null) {
            return null;
        }
        NodeList p = stijl.getElementsByTagNameNS(STYLE, "paragraph-properties");
        return p.getLength() == 0 || !((Element) p.item(0)).hasAttributeNS(FO, "text-align") ? null
                : ((Element) p.item(0)).getAttributeNS(FO, "text-align");
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
