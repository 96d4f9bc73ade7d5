package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.uitvoer.Kopie;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chapter (issue 25) of the whole pipeline on the example drop folder and on a generated one: every number in the
 * ODT's text is a published cell of the year or the year before (or a year, or a change of two published cells);
 * veraPDF finds no failed PDF/UA-1 rule; the ODF validator no error; the PDF holds the ODT's sentences; and a year that
 * is vastgesteld carries its release date in the chapter.
 */
@Tag("traag") // whole example runs, veraPDF, a child JVM for the ODF validator
class HoofdstukVoorbeeldTest {

    @TempDir
    Path tmp;

    @Test
    void voorbeeldmap() throws Exception {
        Kopie.map(Path.of("input"), tmp.resolve("input"));
        Pijplijn.run(tmp, "--jbr.hoofdstuk.aan", "true");
        Path jaar = tmp.resolve("output/openbaar/2025");
        Path odt = jaar.resolve("hoofdstuk-integriteit-2025.odt");
        Path pdf = jaar.resolve("hoofdstuk-integriteit-2025.pdf");
        List<String> alineas = Hoofdstuktekst.alineas(odt);
        // hand-checked against the example's published rijk/meldingen_per_ministerie.csv: RIJK 2100, vorig jaar 2377
        assertThat(alineas).anySatisfy(a -> assertThat(a).contains("Rijksbreed zijn in 2025 2.100 meldingen van (vermoedelijke)"
                + " integriteitsschendingen geregistreerd, 277 minder dan in 2024 (2.377): het aantal is met 11,7% gedaald."));
        // the ministries without an accepted opgave of 2025 (input/README.md): named
        assertThat(String.join(" ", alineas)).contains("Ministerie van Volkshuisvesting en Ruimtelijke Ordening: geen opgave");
        elkGetalGepubliceerd(jaar, alineas);
        assertThat(veraPdfGefaald(pdf)).isEmpty();
        assertThat(ValidatorenTest.odfValidator(List.of(odt), 300)).doesNotContain("Error").contains("no errors");
        String tekst;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String alinea : alineas.stream().filter(a -> a.startsWith("Rijksbreed") || a.startsWith("De meeste")).toList()) {
            assertThat(tekst).contains(alinea);
        }
        // every year with a predecessor has its chapter
        for (int j = 2021; j <= 2025; j++) {
            Path map = tmp.resolve("output/openbaar/" + j);
            elkGetalGepubliceerd(map, Hoofdstuktekst.alineas(map.resolve("hoofdstuk-integriteit-" + j + ".odt")));
        }

        // vaststellen publishes the year again: the chapter says so and carries the date
        Pijplijn.Uitvoer vast = Pijplijn.start("vaststellen", "--jaar", "2025", "--output", tmp.resolve("output").toString(),
                "--data", tmp.resolve("data").toString(), "--jbr.hoofdstuk.aan", "true");
        assertThat(vast.code()).as(vast.err()).isZero();
        String status = JsonMapper.builder().build().readTree(Files.readString(jaar.resolve("manifest.json"))).path("vastgesteld_op").asString();
        assertThat(Hoofdstuktekst.alineas(odt)).anySatisfy(a -> assertThat(a).startsWith("Vastgesteld op"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant().toString()).startsWith(status);
        }
    }

    @Test
    void gegenereerdeInlevermap() throws Exception {
        Pijplijn.genereerInlevermap(tmp.resolve("input"), 3000, "2024,2025", 7);
        Pijplijn.run(tmp, "--jbr.hoofdstuk.aan", "true");
        Path jaar = tmp.resolve("output/openbaar/2025");
        List<String> alineas = Hoofdstuktekst.alineas(jaar.resolve("hoofdstuk-integriteit-2025.odt"));
        assertThat(alineas).anyMatch(a -> a.startsWith("Rijksbreed zijn in 2025 "));
        elkGetalGepubliceerd(jaar, alineas);
        assertThat(veraPdfGefaald(jaar.resolve("hoofdstuk-integriteit-2025.pdf"))).isEmpty();
    }

    private static void elkGetalGepubliceerd(Path jaar, List<String> alineas) throws IOException {
        int drempel = JsonMapper.builder().build().readTree(Files.readString(jaar.resolve("manifest.json")))
                .path("onthulling").path("drempel").asInt();
        int j = Integer.parseInt(jaar.getFileName().toString());
        assertThat(Hoofdstuktekst.nietGepubliceerd(alineas, Hoofdstuktekst.cellen(jaar, jaar.resolveSibling(Integer.toString(j - 1))),
                Set.of(BigDecimal.valueOf(drempel)))).as(jaar.toString()).isEmpty();
    }

    /** The PDF/UA-1 rules veraPDF finds failed, with how often: empty when the PDF conforms. */
    static List<String> veraPdfGefaald(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new FileInputStream(pdf.toFile()), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult resultaat = validator.validate(parser);
            List<String> gefaald = new ArrayList<>();
            for (TestAssertion t : resultaat.getTestAssertions()) {
                if (t.getStatus() == TestAssertion.Status.FAILED) {
                    gefaald.add(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage());
                }
            }
            assertThat(resultaat.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
            if (gefaald.isEmpty()) {
                assertThat(resultaat.isCompliant()).isTrue();
            }
            return gefaald.stream().distinct().toList();
        }
    }
}
