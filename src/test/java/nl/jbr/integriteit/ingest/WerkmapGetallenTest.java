package nl.jbr.integriteit.ingest;

import static nl.jbr.integriteit.ingest.xlsx.TestWerkmap.rij;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.ingest.xlsx.TestWerkmap;

/**
 * Issue 22 A: the numbers of a workbook are read as text first, with limits on digits and exponent before any
 * arithmetic; date serials only within Excel's range (and in the 1904 date system when the workbook says so); a
 * number cell in a whole-number column must be a whole number; cells beyond Excel's last row or column are refused.
 * Every outcome is a Dutch finding, never an exception. Real workbooks on disk, the real validator.
 */
class WerkmapGetallenTest {

    @TempDir
    Path tmp;

    private final FormulierValidator validator = Validatoren.met(Validatoren.TEST_LIMIETEN);
    private final VerzameldeRijen ontvanger = new VerzameldeRijen();

    private static final Object[] KOP = {"Volgnummer", "Onderdeel", "Datum melding", "Categorie", "Aantal betrokkenen"};
    private static final Object[] KOP_PERSONEEL = {"Onderdeel", "Aantal medewerkers", "Aantal nevenwerkzaamheden"};

    private ValidatieResultaat valideer(TestWerkmap werkmap) throws IOException {
        return validator.valideer(werkmap.schrijf(tmp.resolve("kopie")), "BZK", 2024, ontvanger);
    }

    /** A number cell (no type attribute) with style {@code s}: 0 a number, 1 a date. */
    private static String getal(String v, int stijl) {
        return "<c r=\"@\"" + (stijl == 0 ? "" : " s=\"" + stijl + "\"") + "><v>" + v + "</v></c>";
    }

    private static Bevinding opCel(ValidatieResultaat r, String cel) {
        assertThat(r.geaccepteerd()).as(r.bevindingen().toString()).isFalse();
        return r.bevindingen().stream().filter(f -> f.melding().startsWith(cel + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on " + cel + ": " + r.bevindingen()));
    }

    @Test
    void aTwentyDigitCaseNumberInADateCellIsAFoutOnThatCell() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Incidenten", rij(1, KOP),
                rij(2, "1", "Directie A", getal("12345678901234567890", 1), "a", 1)));
        Bevinding f = opCel(r, "Incidenten!C2");
        assertThat(f.ernst()).isEqualTo(Ernst.FOUT);
        assertThat(f.code()).isEqualTo(BevindingCode.WAARDE_ONGELDIG);
        assertThat(f.melding()).isEqualTo("Incidenten!C2: De cel heeft de opmaak van een datum, maar 12345678901234567890 is "
                + "geen datum die Excel kent (Excel kent 1-1-1900 tot en met 31-12-9999).");
    }

    @Test
    void theSameNumberOnTheInstructionSheetChangesNothing() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap()
                .blad("Toelichting", rij(1, "Zaaknummer van het voorbeeld:", getal("12345678901234567890", 1)),
                        rij(2, getal("1E+999999999", 0), getal("1E-2000000000", 1)))
                .blad("Personeel", rij(1, KOP_PERSONEEL), rij(2, "Directie A", 120, 4)));
        assertThat(r.bevindingen()).isEmpty();
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(ontvanger.personeel).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E-2000000000", "1E+100000000", "1E+99998", "-1e401", "1e-401",
            "12345678901234567890123456789012345678901", "0.00000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"})
    void aNumberBeyondTheLimitsIsAFoutOnItsCellInEveryKindOfColumn(String v) throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Incidenten", rij(1, KOP),
                rij(2, getal(v, 0), "Directie A", getal(v, 1), "a", getal(v, 0))));
        String kort = v.length() <= 40 ? v : v.substring(0, 40) + "… (" + v.length() + " tekens)";
        for (String cel : List.of("A2", "C2", "E2")) {
            assertThat(opCel(r, "Incidenten!" + cel).melding()).isEqualTo("Incidenten!" + cel + ": De waarde " + kort
                    + " is geen bruikbaar getal (hoogstens 40 cijfers en een exponent tussen -400 en 400).");
        }
    }

    @Test
    void threeHundredCellsWithAHugeExponentAreThreeHundredFindings() throws IOException {
        List<String> rijen = new ArrayList<>();
        rijen.add(rij(1, KOP));
        for (int r = 2; r <= 301; r++) {
            rijen.add(rij(r, Integer.toString(r), "Directie A", "2024-02-01", "a", getal("1E+99998", 0)));
        }
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Incidenten", rijen.toArray(String[]::new)));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).hasSize(300).allSatisfy(f -> assertThat(f.melding()).contains("geen bruikbaar getal"));
    }

    @Test
    void aValueLongerThanACellMayBeRefusesTheWorkbook() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Incidenten", rij(1, KOP),
                rij(2, "1", "Directie A", "2024-02-01", "a", getal("7".repeat(1_000_000), 0))));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(BevindingCode.LIMIET_OVERSCHREDEN);
            assertThat(f.regel()).isZero();
            assertThat(f.melding()).isEqualTo("Een cel van de werkmap bevat meer dan 100000 tekens; de grens is 100000 tekens per cel.");
        });
    }

    @Test
    void dateSerialsOnlyWithinExcelsRange() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Incidenten", rij(1, KOP),
                rij(2, "1", "Directie A", getal("2958465", 1), "a", 1), // 9999-12-31: a date (outside the year: a warning)
                rij(3, "2", "Directie A", getal("2958466", 1), "a", 1),
                rij(4, "3", "Directie A", getal("0", 1), "a", 1),
                rij(5, "4", "Directie A", getal("-1", 1), "a", 1),
                rij(6, "5", "Directie A", getal("45352.999", 1), "a", 1)));
        assertThat(r.bevindingen()).filteredOn(Bevinding::isFout).extracting(Bevinding::regel).containsExactly(3L, 4L, 5L);
        assertThat(opCel(r, "Incidenten!C4").melding()).isEqualTo("Incidenten!C4: De cel heeft de opmaak van een datum, maar 0 "
                + "is geen datum die Excel kent (Excel kent 1-1-1900 tot en met 31-12-9999).");
        assertThat(r.bevindingen()).anySatisfy(f -> {
            assertThat(f.regel()).isEqualTo(2);
            assertThat(f.code()).isEqualTo(BevindingCode.DATUM_BUITEN_JAAR);
            assertThat(f.waarde()).isEqualTo("9999-12-31");
        });
    }

    @Test
    void the1904DateSystemIsHonoured() throws IOException {
        // 1904 system: serial 0 is 1 January 1904, so 2024-03-01 (45352 in the 1900 system) is 45352 - 1462 = 43890
        ValidatieResultaat r = valideer(new TestWerkmap().datum1904().blad("Incidenten", rij(1, KOP),
                rij(2, "1", "Directie A", getal("43890", 1), "a", 1),
                rij(3, "2", "Directie A", getal("43890.5", 2), "a", 1)));
        assertThat(r.bevindingen()).isEmpty();
        assertThat(ontvanger.meldingen).extracting(MeldingRij::datumMelding)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1));

        ValidatieResultaat randen = valideer(new TestWerkmap().datum1904().blad("Incidenten", rij(1, KOP),
                rij(2, "1", "Directie A", getal("0", 1), "a", 1), // 1904-01-01: a date (outside the year: a warning)
                rij(3, "2", "Directie A", getal("2957003", 1), "a", 1), // 9999-12-31
                rij(4, "3", "Directie A", getal("2957004", 1), "a", 1),
                rij(5, "4", "Directie A", getal("-1", 1), "a", 1)));
        assertThat(randen.bevindingen()).filteredOn(Bevinding::isFout).extracting(Bevinding::regel).containsExactly(4L, 5L);
        assertThat(randen.bevindingen()).filteredOn(f -> f.code() == BevindingCode.DATUM_BUITEN_JAAR)
                .extracting(Bevinding::waarde).containsExactly("1904-01-01", "9999-12-31");
        assertThat(opCel(randen, "Incidenten!C5").melding()).isEqualTo("Incidenten!C5: De cel heeft de opmaak van een datum, "
                + "maar -1 is geen datum die Excel kent (Excel kent 1-1-1904 tot en met 31-12-9999).");
    }

    @Test
    void aNumberWithDecimalsInAWholeNumberColumnIsAFoutNotThousands() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Personeel", rij(1, KOP_PERSONEEL),
                rij(2, "Directie A", 2.125, 4),
                rij(3, "Directie B", 12, 3.5)));
        Bevinding medewerkers = opCel(r, "Personeel!B2");
        assertThat(medewerkers.code()).isEqualTo(BevindingCode.WAARDE_ONGELDIG);
        assertThat(medewerkers.melding()).isEqualTo("Personeel!B2: '2.125' in kolom 'Aantal medewerkers' is geen geheel getal: "
                + "de cel bevat het getal 2,125, met decimalen; vul een geheel getal in. Het bestand wordt niet geaccepteerd.");
        assertThat(opCel(r, "Personeel!C3").melding()).contains("het getal 3,5, met decimalen");
        assertThat(r.bevindingen()).noneMatch(f -> f.code() == BevindingCode.WAARDE_GECORRIGEERD);
        assertThat(ontvanger.personeel).isEmpty();
    }

    @Test
    void aTextCellWithThousandsDotsIsStillReadAsACsvCellIs() throws IOException {
        // typed as text, '2.125' is what a CSV cell would be: 2125 with a warning
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Personeel", rij(1, KOP_PERSONEEL),
                rij(2, "Directie A", "2.125", 4)));
        assertThat(r.geaccepteerd()).isTrue();
        assertThat(r.bevindingen()).singleElement().extracting(Bevinding::code).isEqualTo(BevindingCode.WAARDE_GECORRIGEERD);
        assertThat(ontvanger.personeel).singleElement().extracting(PersoneelRij::aantalMedewerkers).isEqualTo(2125L);
    }

    @Test
    void aRowBeyondExcelsLastRowIsRefused() throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Personeel", rij(1, KOP_PERSONEEL),
                rij(2, "Directie A", 120, 4),
                rij(2_000_000, "Verstopt", 5000, 4)));
        assertThat(r.geaccepteerd()).isFalse();
        // the row read before the refusal counts as a data row, as in a CSV file stopped by a limit (FuzzTest found it)
        assertThat(r.gegevensregels()).isEqualTo(1);
        assertThat(r.bevindingen()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(BevindingCode.BESTAND_ONLEESBAAR);
            assertThat(f.melding()).isEqualTo("Blad 'Personeel', cel A2000000: de cel ligt buiten het werkblad (Excel kent "
                    + "hoogstens 1.048.576 rijen en 16.384 kolommen, A tot en met XFD); de werkmap is beschadigd of niet met "
                    + "een spreadsheetprogramma gemaakt. Sla het bestand in Excel op als Excel-werkmap (.xlsx) of als CSV "
                    + "(puntkomma-gescheiden).");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"AAAA2", "XFE2", "A0", "2A", "A-2", "A1048577"})
    void aCellReferenceExcelCannotHaveIsRefused(String ref) throws IOException {
        ValidatieResultaat r = valideer(new TestWerkmap().blad("Personeel", rij(1, KOP_PERSONEEL),
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Directie A</t></is></c><c r=\"B2\"><v>120</v></c>"
                        + "<c r=\"" + ref + "\"><v>4</v></c></row>"));
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(BevindingCode.BESTAND_ONLEESBAAR);
            assertThat(f.melding()).startsWith("Blad 'Personeel', cel " + ref + ": de cel ligt buiten het werkblad");
        });
    }
}
