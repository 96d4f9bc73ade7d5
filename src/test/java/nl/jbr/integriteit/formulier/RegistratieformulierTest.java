package nl.jbr.integriteit.formulier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.JbrProperties;
import nl.jbr.integriteit.ingest.FormulierValidator;
import nl.jbr.integriteit.ingest.MeldingRij;
import nl.jbr.integriteit.ingest.PersoneelRij;
import nl.jbr.integriteit.ingest.ValidatieResultaat;
import nl.jbr.integriteit.ingest.Validatoren;
import nl.jbr.integriteit.ingest.VerzameldeRijen;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * The registratieformulier (contract 3.4): what it contains, and the round trip: filled in programmatically with
 * values taken from its own drop-down lists (read back from the generated file), it is accepted without a single
 * finding.
 */
class RegistratieformulierTest {

    static final SchemaSource SCHEMAS = SchemaSource.embedded();
    static final JbrProperties.Limits LIMITS = new JbrProperties.Limits(104_857_600, 100_000, 2_000_000, 200);

    @TempDir
    Path tmp;

    final Registratieformulier formulier = new Registratieformulier(SCHEMAS, new Formulieren(SCHEMAS), new Ministeries(SCHEMAS));
    final FormulierValidator validator = Validatoren.met(LIMITS);

    @Test
    void sheetsDropDownsChecksAndHelp() throws IOException {
        Path bestand = tmp.resolve(Registratieformulier.bestandsnaam(2026, "BZK"));
        formulier.schrijf(bestand, 2026, "BZK");
        assertThat(bestand.getFileName().toString()).isEqualTo("registratieformulier-2026-BZK.xlsx");
        String workbook = entry(bestand, "xl/workbook.xml");
        assertThat(workbook).contains("<sheet name=\"Toelichting\" sheetId=\"1\"", "<sheet name=\"Incidenten\" sheetId=\"2\"",
                "<sheet name=\"Personeel\" sheetId=\"3\"", "<sheet name=\"Kengetallen\" sheetId=\"4\"",
                "<sheet name=\"Lijsten\" sheetId=\"5\" state=\"hidden\"");
        // nine categories in column G of Lijsten (after the six code lists), subcategories per category
        assertThat(workbook).contains("<definedName name=\"Lijst_categorie\">&apos;Lijsten&apos;!$G$2:$G$10</definedName>",
                "<definedName name=\"Sub_a\">&apos;Lijsten&apos;!$H$2:$H$4</definedName>",
                "<definedName name=\"Lijst_afdoening\">");
        String incidenten = entry(bestand, "xl/worksheets/sheet2.xml");
        assertThat(incidenten).contains("Registratieformulier (vermoedelijke) integriteitsschendingen 2026 – Ministerie van "
                + "Binnenlandse Zaken en Koninkrijksrelaties (BZK)");
        assertThat(incidenten).contains(">Niets te melden over 2026?<", "sqref=\"B2\"><formula1>&quot;ja,nee&quot;</formula1>");
        assertThat(incidenten).contains("<pane ySplit=\"4\" topLeftCell=\"A5\"");
        // header in row 4: the form's columns without jaar and ministerie
        assertThat(incidenten).contains("<c r=\"A4\" t=\"inlineStr\" s=\"2\"><is><t xml:space=\"preserve\">Volgnummer</t>",
                "<c r=\"E4\" t=\"inlineStr\" s=\"2\"><is><t xml:space=\"preserve\">Categorie</t>",
                "<c r=\"N4\" t=\"inlineStr\" s=\"2\"><is><t xml:space=\"preserve\">Publiceerbaar</t>");
        assertThat(incidenten).doesNotContain(">Jaar<", ">Ministerie<");
        // drop-downs, whole numbers >= 1, dates, subcategories of the chosen category, help text
        // columns: A volgnummer, B onderdeel, C datum_melding, D soort_incident, E categorie, F subcategorie, G aantal_betrokkenen
        assertThat(incidenten).contains("sqref=\"D5:D5004\"><formula1>Lijst_soort_incident</formula1>");
        assertThat(incidenten).contains("sqref=\"E5:E5004\"><formula1>Lijst_categorie</formula1>");
        assertThat(incidenten).contains("sqref=\"F5:F5004\"><formula1>INDIRECT(\"Sub_\"&amp;LEFT($E5,1))</formula1>");
        assertThat(incidenten).contains("type=\"whole\" operator=\"greaterThanOrEqual\"", "sqref=\"G5:G5004\"><formula1>1</formula1>");
        assertThat(incidenten).contains("type=\"date\" operator=\"between\"", "sqref=\"C5:C5004\"><formula1>36526</formula1><formula2>73050</formula2>");
        assertThat(incidenten).contains("promptTitle=\"Categorie\" prompt=\"Verplicht. Kies een van de negen rijksbrede categorieën uit de lijst.\"");
        // same schemas, same bytes
        assertThat(formulier.bytes(2026, "BZK")).isEqualTo(Files.readAllBytes(bestand));
    }

    @Test
    void filledInWithItsOwnDropDownValuesItIsAcceptedWithoutAFinding() throws Exception {
        Path leeg = tmp.resolve("leeg.xlsx");
        formulier.schrijf(leeg, 2025, null);
        Map<String, List<String>> lijsten = Invuller.lijsten(leeg);
        assertThat(lijsten.get("categorie")).hasSize(9).startsWith("a. Financiële schendingen");

        Formulieren formulieren = new Formulieren(SCHEMAS);
        Formulier incidenten = formulieren.formulier("incidenten").orElseThrow();
        Formulier personeel = formulieren.formulier("personeel").orElseThrow();
        int n = 40;
        StringBuilder melding = new StringBuilder();
        for (int r = 0; r < n; r++) {
            melding.append(Invuller.rij(Registratieformulier.KOPREGEL + 1 + r, Registratieformulier.kolommen(incidenten), r, lijsten));
        }
        StringBuilder onderdelen = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            onderdelen.append(Invuller.rij(Registratieformulier.KOPREGEL + 1 + r, Registratieformulier.kolommen(personeel), r, lijsten));
        }
        Path ingevuld = Invuller.vulIn(leeg, tmp.resolve("input/BZK/2025/ingevuld.xlsx"),
                Map.of("xl/worksheets/sheet2.xml", melding.toString(), "xl/worksheets/sheet3.xml", onderdelen.toString()));

        VerzameldeRijen rijen = new VerzameldeRijen();
        ValidatieResultaat r = validator.valideer(ingevuld, "BZK", 2025, rijen);
        List<MeldingRij> meldingen = rijen.meldingen;
        List<PersoneelRij> personen = rijen.personeel;
        assertThat(r.bevindingen()).isEmpty();
        assertThat(r.formulier()).isEqualTo("incidenten+personeel");
        assertThat(meldingen).hasSize(n);
        assertThat(personen).hasSize(3);
        // every category and every value of every code list was used at least once (40 rows cycle through them)
        assertThat(meldingen.stream().map(MeldingRij::categorieCode).distinct().sorted().toList())
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i");
        assertThat(meldingen.stream().map(MeldingRij::afdoening).distinct().count()).isEqualTo(lijsten.get("afdoening").size());
        assertThat(meldingen.get(0).datumMelding()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
        System.out.println("FORMULIER rondgang: " + n + " meldingen en 3 onderdelen uit de keuzelijsten, 0 bevindingen");
    }

    static String entry(Path zipBestand, String naam) throws IOException {
        try (ZipFile zip = new ZipFile(zipBestand.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(naam)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
