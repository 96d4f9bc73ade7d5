package nl.jbr.integriteit.ingest;

import static nl.jbr.integriteit.ingest.xlsx.TestWerkmap.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.ingest.xlsx.TestWerkmap;
import nl.jbr.integriteit.schema.SchemaSource;

/** Workbooks in the drop folder (contract 3.4), through the same validator the run and validate use. */
class WerkmapValidatorTest {

    @TempDir
    Path tmp;

    static final SchemaSource SCHEMAS = SchemaSource.embedded();
    final FormulierValidator validator = Validatoren.met(Validatoren.TEST_LIMIETEN);

    final VerzameldeRijen ontvanger = new VerzameldeRijen();
    final List<MeldingRij> meldingen = ontvanger.meldingen;
    final List<PersoneelRij> personeel = ontvanger.personeel;

    static final Object[] KOP_INCIDENTEN = {"Volgnummer", "Onderdeel", "Datum melding", "Categorie", "Aantal betrokkenen", "Uitkomst"};

    ValidatieResultaat valideer(TestWerkmap werkmap) throws IOException {
        // the archive copy has no extension: recognised by content
        return validator.valideer(werkmap.schrijf(tmp.resolve("kopie")), "BZK", 2024, ontvanger);
    }

    @Test
    void typedCellsTitleRowsAndTwoFormsInOneWorkbook() throws IOException {
        TestWerkmap werkmap = new TestWerkmap()
                .gedeeld("Directie A", "g. Ongewenste omgangsvormen")
                .blad("Toelichting", rij(1, "Vul de bladen Incidenten en Personeel in."))
                .blad("Incidenten",
                        rij(1, "Registratieformulier integriteitsschendingen 2024"),
                        rij(2, "Niets te melden over 2024?", "nee"),
                        rij(3, KOP_INCIDENTEN),
                        // shared strings, a date serial with a date style (45352 = 2024-03-01), a number, a formula's cached value
                        rij(4, "2024-001", "<c r=\"@\" t=\"s\"><v>0</v></c>", "<c r=\"@\" s=\"1\"><v>45352</v></c>",
                                "<c r=\"@\" t=\"s\"><v>1</v></c>", 2, "<c r=\"@\" t=\"str\"><f>LOWER(\"AANGETOOND\")</f><v>aangetoond</v></c>"),
                        // custom date format d-m-yyyy, a number written as 3.0000000000000004 (floating point), empty cells skipped
                        rij(6, "2024-002", "Directie A", "<c r=\"@\" s=\"2\"><v>45366.5</v></c>", "a", 3.0000000000000004, null))
                .blad("Personeel",
                        rij(1, "Onderdeel", "Aantal medewerkers", "Aantal fte", "Aantal nevenwerkzaamheden"),
                        rij(2, "Directie A", 800, 712.5, 40))
                .grafiek("Grafiek");
        ValidatieResultaat r = valideer(werkmap);

        assertThat(r.bevindingen()).isEmpty();
        assertThat(r.formulier()).isEqualTo("incidenten+personeel");
        assertThat(r.gegevensregels()).isEqualTo(3);
        assertThat(r.dialect()).isEqualTo("Excel-werkmap (.xlsx); gelezen: 'Incidenten' als incidenten (kopregel op rij 3, 2 regels), "
                + "'Personeel' als personeel (kopregel op rij 1, 1 regel); overgeslagen (geen formulier): 'Toelichting', 'Grafiek' (grafiekblad)");
        assertThat(meldingen).hasSize(2);
        MeldingRij eerste = meldingen.get(0);
        assertThat(eerste.regel()).isEqualTo(4);
        assertThat(eerste.onderdeel()).isEqualTo("Directie A");
        assertThat(eerste.datumMelding()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(eerste.categorieCode()).isEqualTo("g");
        assertThat(eerste.aantalBetrokkenen()).isEqualTo(2);
        assertThat(eerste.uitkomst()).isEqualTo("aangetoond");
        MeldingRij tweede = meldingen.get(1);
        assertThat(tweede.regel()).isEqualTo(6);
        assertThat(tweede.datumMelding()).isEqualTo(LocalDate.of(2024, 3, 15)); // 45366 (time of day dropped)
        assertThat(tweede.aantalBetrokkenen()).isEqualTo(3);
        assertThat(personeel).hasSize(1);
        assertThat(personeel.get(0).aantalMedewerkers()).isEqualTo(800);
        assertThat(personeel.get(0).aantalFte()).isEqualByComparingTo(new BigDecimal("712.5"));
    }

    @Test
    void findingsNameSheetAndCell() throws IOException {
        TestWerkmap werkmap = new TestWerkmap().blad("Incidenten",
                rij(1, "Incidenten 2024"),
                rij(2, KOP_INCIDENTEN),
                rij(3, "1", "Directie A", "2024-02-01", "zz onbekend", 1, "onbekend"),
                rij(4, "2", "Directie A", "2024-02-01", "<c r=\"@\" t=\"e\"><f>VLOOKUP(A4;X:Y;2;0)</f><v>#N/B</v></c>", 1, "onbekend"),
                rij(5, "3", "Directie A", "2024-02-01", "a", "<c r=\"@\"><f>1+1</f></c>", "onbekend"));
        ValidatieResultaat r = valideer(werkmap);

        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).extracting(Bevinding::blad).containsOnly("Incidenten");
        Bevinding onbekend = r.bevindingen().stream().filter(f -> f.code() == BevindingCode.CATEGORIE_ONBEKEND).findFirst().orElseThrow();
        assertThat(onbekend.regel()).isEqualTo(3);
        assertThat(onbekend.melding()).startsWith("Incidenten!D3: ");
        Bevinding foutwaarde = r.bevindingen().stream().filter(f -> f.regel() == 4 && f.code() == BevindingCode.WAARDE_ONGELDIG)
                .findFirst().orElseThrow();
        assertThat(foutwaarde.melding()).isEqualTo("Incidenten!D4: De cel bevat de foutwaarde #N/B (uitkomst van een formule).");
        Bevinding zonderWaarde = r.bevindingen().stream().filter(f -> f.regel() == 5 && f.code() == BevindingCode.WAARDE_ONGELDIG)
                .findFirst().orElseThrow();
        assertThat(zonderWaarde.melding()).startsWith("Incidenten!E5: De formule in de cel heeft geen berekende waarde");
    }

    @Test
    void emptyFormSheetIsNoOpgaveUnlessNietsTeMeldenIsJa() throws IOException {
        ValidatieResultaat alleenIncidenten = valideer(new TestWerkmap()
                .blad("Incidenten", rij(1, "Niets te melden over 2024?", "nee"), rij(2, KOP_INCIDENTEN),
                        rij(3, "1", "Directie A", "2024-02-01", "a", 1, "onbekend"))
                .blad("Personeel", rij(1, "Niets te melden over 2024?", "nee"),
                        rij(2, "Onderdeel", "Aantal medewerkers", "Aantal nevenwerkzaamheden")));
        assertThat(alleenIncidenten.bevindingen()).isEmpty();
        assertThat(alleenIncidenten.formulier()).isEqualTo("incidenten");
        assertThat(alleenIncidenten.dialect()).contains("niet ingevuld (geen opgave): 'Personeel'");

        ValidatieResultaat nul = valideer(new TestWerkmap()
                .blad("Incidenten", rij(1, "Niets te melden over 2024?", "ja"), rij(2, KOP_INCIDENTEN)));
        assertThat(nul.bevindingen()).isEmpty();
        assertThat(nul.formulier()).isEqualTo("incidenten");
        assertThat(nul.gegevensregels()).isZero();

        ValidatieResultaat tegenstrijdig = valideer(new TestWerkmap()
                .blad("Incidenten", rij(1, "Niets te melden over 2024?", "Ja"), rij(2, KOP_INCIDENTEN),
                        rij(3, "1", "Directie A", "2024-02-01", "a", 1, "onbekend")));
        assertThat(tegenstrijdig.geaccepteerd()).isFalse();
        assertThat(tegenstrijdig.bevindingen()).singleElement().satisfies(f -> {
            assertThat(f.regel()).isEqualTo(1);
            assertThat(f.melding()).isEqualTo("Incidenten, rij 1: Bij 'Niets te melden over 2024?' staat 'ja', maar het blad "
                    + "bevat 1 regel. Kies 'nee', of verwijder de regels.");
        });

        ValidatieResultaat leeg = valideer(new TestWerkmap().blad("Incidenten", rij(1, KOP_INCIDENTEN)));
        assertThat(leeg.geaccepteerd()).isFalse();
        assertThat(leeg.bevindingen()).singleElement().extracting(Bevinding::code).isEqualTo(BevindingCode.BESTAND_LEEG);
    }

    @Test
    void twoSheetsOfOneFormAreAnError() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap()
                .blad("Incidenten", rij(1, KOP_INCIDENTEN), rij(2, "1", "Directie A", "2024-02-01", "a", 1, "onbekend"))
                .blad("Incidenten (2)", rij(1, KOP_INCIDENTEN), rij(2, "2", "Directie A", "2024-02-01", "a", 1, "onbekend")));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).anySatisfy(f -> {
            assertThat(f.blad()).isEqualTo("Incidenten (2)");
            assertThat(f.melding()).startsWith("Blad 'Incidenten (2)': Het blad 'Incidenten (2)' is net als het blad 'Incidenten'");
        });
    }

    @Test
    void totalRowRuleHoldsForWorkbooks() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Personeel",
                rij(1, "Onderdeel", "Aantal medewerkers", "Aantal nevenwerkzaamheden"),
                rij(2, "Directie A", 800, 40),
                rij(3, "Totaal BZK", 800, 40)));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(BevindingCode.TOTAALREGEL);
            assertThat(f.regel()).isEqualTo(3);
            assertThat(f.melding()).startsWith("Personeel!A3: ");
        });
    }

    @Test
    void validateCommandReadsAWorkbookByItsName() throws IOException {
        Path bestand = new TestWerkmap().blad("Personeel",
                rij(1, "Onderdeel", "Aantal medewerkers", "Aantal nevenwerkzaamheden"), rij(2, "Directie A", 800, 40))
                .schrijf(tmp.resolve("BZK/2024/opgave.xlsx"));
        assertThat(Files.size(bestand)).isPositive();
        ValidatieResultaat r = validator.valideer(bestand, "BZK", 2024, RijOntvanger.NIETS);
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(r.formulier()).isEqualTo("personeel");
    }

    @Test
    void aTableThatMentionsAColumnIsNoHeaderButAFormSheetMissingAColumnSaysSo() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap()
                .blad("Uitleg", rij(1, "Kolom", "Betekenis"), rij(2, "Categorie", "een van a t/m i"))
                .blad("Incidenten", rij(1, "Volgnummer", "Categorie"), rij(2, "1", "a")));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.dialect()).endsWith("overgeslagen (geen formulier): 'Uitleg'");
        assertThat(r.bevindingen()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(BevindingCode.KOLOM_ONTBREEKT);
            assertThat(f.melding()).startsWith("Incidenten, rij 1: De verplichte kolom 'onderdeel'");
        });
    }
}
