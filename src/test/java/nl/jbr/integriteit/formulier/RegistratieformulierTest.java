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

import nl.jbr.integriteit.instellingen.JbrProperties;
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

    /**
     * Issue 23: every column on every form sheet has a real help text from {@code input-schemas/} (not its bare name, as
     * the Kengetallen sheet had), and the Toelichting names every form of the definitions with what one row is (it named
     * two of three); a form added to the definitions shows up there by itself.
     */
    @Test
    void everyColumnHasItsOwnHelpAndTheToelichtingNamesEveryForm() throws IOException {
        Path bestand = tmp.resolve("formulier.xlsx");
        formulier.schrijf(bestand, 2026, null);
        String kengetallen = entry(bestand, "xl/worksheets/sheet4.xml");
        // columns: A onderdeel, B risicofuncties, ..., J geschenken_aangenomen (jaar and ministerie are left out)
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("promptTitle=\"([^\"]*)\" prompt=\"([^\"]*)\"").matcher(kengetallen);
        Map<String, String> hulp = new java.util.LinkedHashMap<>();
        while (m.find()) {
            hulp.put(m.group(1), m.group(2));
        }
        assertThat(hulp.keySet()).containsExactly("Niets te melden?", "Onderdeel", "Risicofuncties", "Meldingsplichtigen", "Ontheffingen",
                "Vertrouwenspersonen", "Externe vertrouwenspersonen", "Gesprekken vertrouwenspersonen",
                "Klachten ongewenste omgangsvorm…", "Geschenken aangeboden", "Geschenken aangenomen"); // a prompt title has at most 32 characters
        hulp.forEach((titel, tekst) -> assertThat(tekst).as(titel).isNotEqualTo(titel + ".").hasSizeGreaterThan(titel.length() + 20));
        assertThat(hulp.get("Geschenken aangenomen")).contains("50");

        // every column of every form in the definitions has its own help text there
        Formulieren formulieren = new Formulieren(SCHEMAS);
        java.util.Set<String> geschreven = new java.util.HashSet<>();
        SCHEMAS.rows("formulier-hulpteksten.csv").forEach(r -> geschreven.add(r.get("formulier") + "." + r.get("kolom")));
        for (Formulier f : formulieren.alle()) {
            for (var kolom : Registratieformulier.kolommen(f)) {
                assertThat(geschreven).as("help text of " + f.naam() + "." + kolom.naam()).contains(f.naam() + "." + kolom.naam());
            }
        }

        String toelichting = entry(bestand, "xl/worksheets/sheet1.xml");
        assertThat(toelichting).contains("Incidenten (Registratieformulier (vermoedelijke) integriteitsschendingen): één regel per melding",
                "Personeel (Personeelsomvang en nevenwerkzaamheden): één regel per organisatieonderdeel",
                "Kengetallen (Kengetallen integriteit per onderdeel): één regel per organisatieonderdeel");
    }

    /** A form added to the definitions (a folder of edited schemas) is on the form and in its Toelichting, with its help. */
    @Test
    void aNewFormInTheDefinitionsShowsUpByItself() throws IOException {
        Path schemas = tmp.resolve("schemas");
        Files.createDirectories(schemas.resolve("formulieren"));
        try (var namen = Files.list(Path.of("input-schemas"))) {
            for (Path p : namen.filter(Files::isRegularFile).toList()) {
                Files.copy(p, schemas.resolve(p.getFileName()));
            }
        }
        try (var namen = Files.list(Path.of("input-schemas/formulieren"))) {
            for (Path p : namen.toList()) {
                Files.copy(p, schemas.resolve("formulieren").resolve(p.getFileName()));
            }
        }
        Files.writeString(schemas.resolve("formulieren.csv"), "opleidingen,opleidingsuren,categorie|aantal_medewerkers,opleiding_ruw,"
                + "Opleidingen integriteit,organisatieonderdeel\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(schemas.resolve("formulieren/opleidingen.csv"), "kolom,aliassen,verplicht,type,codelijst,minimum,uniek,veld,opslag,standaard\n"
                + "onderdeel,,ja,tekst,,,ja,,,\nopleidingsuren,,ja,geheel_getal,,0,nee,,,\n");
        Files.writeString(schemas.resolve("formulier-hulpteksten.csv"), "opleidingen,opleidingsuren,\"Verplicht. Het aantal uren "
                + "integriteitsopleiding dat het onderdeel gaf.\"\n", java.nio.file.StandardOpenOption.APPEND);
        SchemaSource eigen = new SchemaSource(new org.springframework.core.io.DefaultResourceLoader(), schemas.toUri().toString());
        Path bestand = tmp.resolve("formulier.xlsx");
        new Registratieformulier(eigen, new Formulieren(eigen), new Ministeries(eigen)).schrijf(bestand, 2026, null);
        assertThat(entry(bestand, "xl/workbook.xml")).contains("<sheet name=\"Opleidingen\" sheetId=\"5\"");
        assertThat(entry(bestand, "xl/worksheets/sheet1.xml")).contains("Opleidingen (Opleidingen integriteit): één regel per organisatieonderdeel",
                "Verplicht. Het aantal uren integriteitsopleiding dat het onderdeel gaf.");
        assertThat(entry(bestand, "xl/worksheets/sheet5.xml")).contains("prompt=\"Verplicht. Het aantal uren integriteitsopleiding dat het onderdeel gaf.\"");
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
