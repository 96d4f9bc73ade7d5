package nl.jbr.integriteit.e2e;

import static nl.jbr.integriteit.Pijplijn.start;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn.Uitvoer;
import nl.jbr.integriteit.formulier.Invuller;
import nl.jbr.integriteit.formulier.Registratieformulier;
import nl.jbr.integriteit.opdracht.Uitgang;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Issue 11 "done when": a coordinator gets the form ({@code formulier}), fills it in Excel, checks it
 * ({@code validate}), drops the .xlsx, and the run accepts it: the figures are in the tables and in the year's
 * workbook, the feedback has no finding, and the run leaves the form for the current year in output/openbaar/formulieren/.
 */
class WerkmapVanFormulierTotTabelTest {

    @TempDir
    Path tmp;

    @Test
    void formulierInvullenInleverenGeaccepteerdGepubliceerd() throws Exception {
        Path leeg = tmp.resolve("download/registratieformulier-2025-BZK.xlsx");
        Uitvoer formulier = start("formulier", "--jaar", "2025", "--ministerie", "BZK", "--uit", leeg.toString());
        assertThat(formulier.code()).as(formulier.err()).isEqualTo(Uitgang.OK);
        assertThat(formulier.out()).contains("Registratieformulier 2025 voor BZK geschreven: ");
        assertThat(start("formulier", "--ministerie", "XYZ", "--uit", tmp.resolve("x.xlsx").toString()).code()).isEqualTo(Uitgang.GEBRUIK);

        Map<String, List<String>> lijsten = Invuller.lijsten(leeg);
        Formulieren formulieren = new Formulieren(SchemaSource.embedded());
        Formulier incidenten = formulieren.formulier("incidenten").orElseThrow();
        Formulier personeel = formulieren.formulier("personeel").orElseThrow();
        StringBuilder meldingen = new StringBuilder();
        for (int r = 0; r < 12; r++) {
            meldingen.append(Invuller.rij(Registratieformulier.KOPREGEL + 1 + r, Registratieformulier.kolommen(incidenten), r, lijsten));
        }
        String onderdeel = Invuller.rij(Registratieformulier.KOPREGEL + 1, Registratieformulier.kolommen(personeel), 0, lijsten);
        Path ingevuld = Invuller.vulIn(leeg, tmp.resolve("input/BZK/2025/opgave BZK 2025.xlsx"),
                Map.of("xl/worksheets/sheet2.xml", meldingen.toString(), "xl/worksheets/sheet3.xml", onderdeel));

        Uitvoer validate = start("validate", ingevuld.toString());
        assertThat(validate.code()).as(validate.out() + validate.err()).isEqualTo(Uitgang.OK);
        assertThat(validate.out()).contains("Ministerie:  BZK, jaar 2025", "Formulier:   incidenten+personeel",
                "Gelezen als: Excel-werkmap (.xlsx); gelezen: 'Incidenten' als incidenten (kopregel op rij 4, 12 regels), "
                        + "'Personeel' als personeel (kopregel op rij 4, 1 regel); niet ingevuld (geen opgave): 'Kengetallen'; "
                        + "overgeslagen (geen formulier): 'Toelichting', 'Lijsten'",
                "Regels:      13", "GEACCEPTEERD (0 fouten, 0 waarschuwingen)");

        Uitvoer run = start("run", "--input", tmp.resolve("input").toString(), "--output", tmp.resolve("output").toString(),
                "--data", tmp.resolve("data").toString(), "--jbr.onthulling.drempel", "1");
        assertThat(run.code()).as(run.err()).isEqualTo(Uitgang.OK);

        // 12 meldingen; the personeel row (Invuller row 0): 10 medewerkers (minimum 0 + 0 + 10), 12 * 1000 / 10 = 1200.0
        List<String> tabel = Files.readAllLines(tmp.resolve("output/openbaar/2025/rijk/meldingen_per_ministerie.csv"));
        assertThat(tabel).anySatisfy(r -> assertThat(r).startsWith("BZK,Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,12,"));
        assertThat(tabel).anySatisfy(r -> assertThat(r).contains(",10,1200.0,"));
        // the feedback: header only, the blad column last; also as .xlsx
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2025/opgave BZK 2025.csv")))
                .isEqualTo("regel,kolom,waarde,ernst,code,melding,blad\n");
        assertThat(tmp.resolve("output/terugmelding/BZK/2025/opgave BZK 2025.xlsx")).isRegularFile();
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2025/opgave BZK 2025.html")))
                .contains("gelezen: &#39;Incidenten&#39; als incidenten (kopregel op rij 4, 12 regels)");
        // the year's workbooks and the form for the year now being registered
        assertThat(tmp.resolve("output/openbaar/2025/tabellen-integriteit-2025.xlsx")).isRegularFile();
        assertThat(tmp.resolve("output/openbaar/2025/ministeries/BZK/tabellen-integriteit-2025-BZK.ods")).isRegularFile();
        int jaar = Year.now().getValue();
        assertThat(tmp.resolve("output/openbaar/formulieren/registratieformulier-" + jaar + ".xlsx")).isRegularFile();
    }
}
