package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.warehouse.Warehouse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chapter (issue 25) on the hand-made fixture of {@link PublishFixture}, protection off so every figure shows.
 * Expected figures, by hand from the fixture's description: 2024 rijksbreed 16 (BZK) + 3 (DEF) + 0 (OCW) = 19
 * meldingen; 2023 rijksbreed 8 (BZK only). Up: 19 - 8 = 11 more, 11 / 8 = 137,5%. Down (2023 given 20 more BZK
 * meldingen, 28): 28 - 19 = 9 fewer, 9 / 28 = 32,142.. -> 32,1%. Same (2023 given 11 more, 19): evenveel.
 */
class HoofdstukTest {

    @TempDir
    static Path tmp;

    /** The fixture as it is, published twice into two output folders (same input, so the same bytes). */
    static Path basis;
    static Path nogmaals;

    @BeforeAll
    static void publiceerBasis() throws Exception {
        List<Path> jaren = publiceer(0, "basis", 2);
        basis = jaren.get(0);
        nogmaals = jaren.get(1);
    }

    /**
     * Every figure of the ODT has its picture's proportions: the frame of the small multiples (the trend per
     * ministry, panels in rows of three) took them from one panel and squashed the picture by about 14 %.
     */
    @Test
    void elkeFiguurInDeOdtHeeftDeVerhoudingVanHaarAfbeelding() throws Exception {
        Path odt = basis.resolve("hoofdstuk-integriteit-2024.odt");
        String inhoud = new String(Hoofdstuktekst.entry(odt, "content.xml"), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = Pattern.compile("<draw:frame [^>]*svg:width=\"([\\d.]+)mm\" svg:height=\"([\\d.]+)mm\">"
                + "<draw:image xlink:href=\"([^\"]+)\"").matcher(inhoud);
        int figuren = 0;
        while (m.find()) {
            byte[] png = Hoofdstuktekst.entry(odt, m.group(3));
            // the PNG header: width and height in pixels at bytes 16-23
            java.nio.ByteBuffer kop = java.nio.ByteBuffer.wrap(png, 16, 8);
            double beeld = (double) kop.getInt() / kop.getInt();
            double frame = Double.parseDouble(m.group(1)) / Double.parseDouble(m.group(2));
            assertThat(frame).as("%s: %s x %s mm", m.group(3), m.group(1), m.group(2)).isCloseTo(beeld, org.assertj.core.data.Offset.offset(0.002 * beeld));
            figuren++;
        }
        assertThat(figuren).isGreaterThan(1);
    }

    @Test
    void eenStijgingHeetGestegenMetDeHandBerekendeCijfersEnElkGetalIsGepubliceerd() throws Exception {
        Path jaar = basis;
        List<String> alineas = Hoofdstuktekst.alineas(jaar.resolve("hoofdstuk-integriteit-2024.odt"));
        assertThat(alineas).anySatisfy(a -> assertThat(a).contains("Rijksbreed zijn in 2024 19 meldingen van (vermoedelijke)"
                + " integriteitsschendingen geregistreerd, 11 meer dan in 2023 (8): het aantal is met 137,5% gestegen."));
        assertThat(alineas).noneMatch(a -> a.contains("gedaald") && a.contains("Rijksbreed zijn"));
        // ministries without an accepted opgave are named: FIN rejected, the others without files (see the fixture)
        assertThat(alineas).anySatisfy(a -> assertThat(a).contains("Niet alle ministeries hebben over 2024 een geaccepteerde opgave gedaan")
                .contains("Ministerie van Financiën: opgave afgekeurd"));
        assertThat(Hoofdstuktekst.nietGepubliceerd(alineas, Hoofdstuktekst.cellen(jaar, jaar.resolveSibling("2023")), Set.of()))
                .isEmpty();
    }

    @Test
    void eenDalingHeetGedaaldEnGelijkHeetEvenveel() throws Exception {
        Path omlaag = publiceer(20, "omlaag", 1).get(0);
        List<String> alineas = Hoofdstuktekst.alineas(omlaag.resolve("hoofdstuk-integriteit-2024.odt"));
        assertThat(alineas).anySatisfy(a -> assertThat(a).contains("Rijksbreed zijn in 2024 19 meldingen van (vermoedelijke)"
                + " integriteitsschendingen geregistreerd, 9 minder dan in 2023 (28): het aantal is met 32,1% gedaald."));
        assertThat(Hoofdstuktekst.nietGepubliceerd(alineas, Hoofdstuktekst.cellen(omlaag, omlaag.resolveSibling("2023")), Set.of()))
                .isEmpty();
        Path gelijk = publiceer(11, "gelijk", 1).get(0);
        assertThat(Hoofdstuktekst.alineas(gelijk.resolve("hoofdstuk-integriteit-2024.odt"))).anySatisfy(a -> assertThat(a)
                .contains("Rijksbreed zijn in 2024 19 meldingen van (vermoedelijke) integriteitsschendingen geregistreerd,"
                        + " evenveel als in 2023 (19)."));
    }

    @Test
    void htmlOdtEnPdfHebbenDezelfdeTekstStaanInHetManifestEnZijnByteGelijkBijDezelfdeInvoer() throws Exception {
        Path jaar = basis;
        for (String ext : List.of("html", "odt", "pdf")) {
            assertThat(Files.readAllBytes(nogmaals.resolve("hoofdstuk-integriteit-2024." + ext)))
                    .as(ext).isEqualTo(Files.readAllBytes(jaar.resolve("hoofdstuk-integriteit-2024." + ext)));
        }
        List<String> alineas = Hoofdstuktekst.alineas(jaar.resolve("hoofdstuk-integriteit-2024.odt"));
        String html = Files.readString(jaar.resolve("hoofdstuk-integriteit-2024.html"), StandardCharsets.UTF_8);
        String pdf;
        try (PDDocument doc = Loader.loadPDF(jaar.resolve("hoofdstuk-integriteit-2024.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Integriteit 2024 – Jaarrapportage Bedrijfsvoering Rijk");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Inleiding");
        }
        String pdfPlat = pdf.replaceAll("\\s+", " ");
        // text is written as letters, not as ligature glyphs: a reader who copies or searches "ontheffingen" finds it,
        // not "onthe\uFB03ngen" (the font's substitution table is left out: PdfSchrijver.zonderGsub). The characters as
        // the PDF maps them: PDFTextStripper's own text would turn a ligature back into letters
        StringBuilder tekens = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(jaar.resolve("hoofdstuk-integriteit-2024.pdf").toFile())) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String tekst, List<org.apache.pdfbox.text.TextPosition> posities) {
                    posities.forEach(p -> tekens.append(p.getUnicode()));
                }
            }.getText(doc);
        }
        assertThat(tekens.toString()).doesNotContainPattern("[\uFB00-\uFB06]").contains("ontheffingen");
        for (String alinea : alineas.stream().filter(a -> a.contains("Rijksbreed zijn") || a.contains("Niet alle ministeries")).toList()) {
            assertThat(html).contains(alinea.replace("'", "&#39;"));
            assertThat(pdfPlat).contains(alinea);
        }
        // the ODT's headings are the common Heading 1/2/3 an editor restyles; the tables keep the year page's numbers
        List<String> koppen = Hoofdstuktekst.koppen(jaar.resolve("hoofdstuk-integriteit-2024.odt"));
        assertThat(koppen).startsWith("1:Integriteit", "2:Inleiding", "2:1. Meldingen en categorieën",
                "3:Tabel 1. Meldingen van (vermoedelijke) integriteitsschendingen per ministerie",
                "3:Tabel 2. Meldingen per categorie integriteitsschending");
        assertThat(new String(Hoofdstuktekst.entry(jaar.resolve("hoofdstuk-integriteit-2024.odt"), "styles.xml"), StandardCharsets.UTF_8))
                .contains("style:display-name=\"Heading 1\"").contains("office:version=\"1.3\"");
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(jaar.resolve("manifest.json")));
        assertThat(manifest.path("hoofdstuk").toString()).isEqualTo(
                "[\"hoofdstuk-integriteit-2024.html\",\"hoofdstuk-integriteit-2024.odt\",\"hoofdstuk-integriteit-2024.pdf\"]");
        assertThat(Files.readString(jaar.resolve("index.html"))).contains("href=\"hoofdstuk-integriteit-2024.pdf\"");
    }

    /**
     * Loads the fixture into a fresh warehouse, adds {@code extra2023} BZK meldingen to 2023 (category g, lines 10..),
     * builds with protection off and publishes 2023 and 2024 under {@code tmp/naam/output<i>}, {@code keer} times;
     * returns the 2024 folders.
     */
    private static List<Path> publiceer(int extra2023, String naam, int keer) throws Exception {
        try (Warehouse warehouse = new Warehouse(tmp.resolve(naam + "/data/warehouse.duckdb"))) {
            PublishFixture fixture = new PublishFixture(warehouse);
            fixture.load();
            for (int i = 0; i < extra2023; i++) {
                fixture.melding(8, 10 + i, "Directie A", "integriteitsschending", "g", null, 1, "onbekend", "onbekend",
                        "onbekend", false, false, null, null);
            }
            fixture.build();
            Publisher publisher = PublishFixture.publisherMetHoofdstuk();
            List<Path> jaren = new java.util.ArrayList<>();
            for (int i = 0; i < keer; i++) {
                Path output = tmp.resolve(naam + "/output" + i);
                publisher.publish(warehouse, 2023, output, "run1");
                jaren.add(publisher.publish(warehouse, 2024, output, "run1"));
            }
            return jaren;
        }
    }
}
