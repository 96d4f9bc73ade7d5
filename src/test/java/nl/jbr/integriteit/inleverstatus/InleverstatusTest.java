package nl.jbr.integriteit.inleverstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Issue 13 items 2 and 3, end to end: the inleverstatus per year (every valid ministry times every form, with
 * geen opgave, a rejected correction with its predecessor in force, a deadline), the feedback overview of a
 * ministry, the feedback of a removed file, `status`, and the entry page linking it all.
 */
class InleverstatusTest {

    @TempDir
    Path tmp;

    private static final String INCIDENTEN = "onderdeel;categorie\nDGOO;g\nDGOO;h\nInspectie;c\n";
    private static final String PERSONEEL = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1200;30\n";

    @Test
    void wieHeeftWatIngeleverd() throws IOException {
        Path input = tmp.resolve("input");
        schrijf(input.resolve("BZK/2024/incidenten.csv"), INCIDENTEN);
        schrijf(input.resolve("BZK/2024/personeel.csv"), PERSONEEL);
        schrijf(input.resolve("FIN/2024/incidenten.csv"), "onderdeel;categorie\nBelastingdienst;Overige zaken\n");
        schrijf(input.resolve("AZ/2024/weg.csv"), INCIDENTEN.replace("DGOO", "Kabinet"));
        schrijf(input.resolve("BZK/2025/incidenten.csv"), INCIDENTEN + "Inspectie;a\n");
        run();
        // a rejected correction of BZK's personeel (version 1 stays in force); AZ's file is removed
        schrijf(input.resolve("BZK/2024/personeel.csv"), PERSONEEL + ";12;1\n");
        Files.delete(input.resolve("AZ/2024/weg.csv"));
        run("--jbr.inleverdatum.2024", "2000-01-01");

        List<String> csv = Files.readAllLines(tmp.resolve("output/beheer/inleverstatus/2024.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", Overzichtspaginas.CSV_KOP));
        assertThat(csv).anyMatch(r -> r.startsWith("2024,BZK,") && r.contains(",incidenten,geaccepteerd,,incidenten.csv,1,")
                && r.endsWith(",2000-01-01,ja,terugmelding/BZK/2024/incidenten.html"));
        assertThat(csv).anyMatch(r -> r.startsWith("2024,BZK,") && r.contains(",personeel,afgekeurd,ja,personeel.csv,2,")
                && r.contains(",2000-01-01,ja,"));
        assertThat(csv).anyMatch(r -> r.startsWith("2024,FIN,") && r.contains(",incidenten,afgekeurd,nee,incidenten.csv,1,"));
        assertThat(csv).anyMatch(r -> r.startsWith("2024,FIN,") && r.contains(",personeel,geen opgave,"));
        // every ministry valid in 2024 has a line per form; AZ's removed file no longer counts
        assertThat(csv).anyMatch(r -> r.startsWith("2024,AZ,") && r.contains(",incidenten,geen opgave,"));
        assertThat(csv).anyMatch(r -> r.startsWith("2024,DEF,") && r.contains(",personeel,geen opgave,"));
        assertThat(csv).anyMatch(r -> r.startsWith("2024,KGG,")).noneMatch(r -> r.startsWith("2024,IenM,")); // valid ones only
        assertThat(Files.readString(tmp.resolve("output/beheer/inleverstatus/2024.html")))
                .contains("afgekeurd; vorige versie 1 blijft in gebruik").contains("te laat")
                .contains("href=\"../../terugmelding/BZK/2024/incidenten.html\"");

        // the feedback overview of a ministry: all files, all years
        String bzk = Files.readString(tmp.resolve("output/terugmelding/BZK/index.html"));
        assertThat(bzk).contains("2024").contains("2025").contains("href=\"2024/personeel.html\"")
                .contains("afgekeurd; versie 1 blijft in gebruik");
        // a file no longer in the drop folder: its feedback says so
        assertThat(Files.readString(tmp.resolve("output/terugmelding/AZ/index.html"))).contains("niet meer aanwezig; telt niet mee");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/AZ/2024/weg.html")))
                .contains("niet meer aanwezig in de inlevermap; het telt niet mee");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/AZ/2024/weg.csv"))).contains("BESTAND_NIET_MEER_AANWEZIG");

        // status: the same per ministry and year, including geen opgave
        Pijplijn.Uitvoer status = Pijplijn.start("status", "--data", tmp.resolve("data").toString());
        assertThat(status.code()).isZero();
        assertThat(status.out()).contains("Inleverstatus per jaar, ministerie en formulier:")
                .containsPattern("2024 AZ +incidenten +geen opgave")
                .containsPattern("2024 BZK +personeel +afgekeurd; vorige versie 1 blijft in gebruik: personeel.csv")
                .containsPattern("2025 BZK +incidenten +geaccepteerd: incidenten.csv");

        // the public entry page links every published year and nothing outside openbaar/; BZK's links the inleverstatus
        // and the feedback of every ministry
        String ingang = Files.readString(tmp.resolve("output/openbaar/index.html"));
        assertThat(ingang).contains("href=\"2024/index.html\"").contains("href=\"2025/index.html\"")
                .doesNotContain("inleverstatus").doesNotContain("terugmelding").doesNotContain("../")
                .containsPattern("Gegenereerd op .* door run \\d+");
        String beheer = Files.readString(tmp.resolve("output/beheer/index.html"));
        assertThat(beheer).contains("href=\"inleverstatus/2024.html\"").contains("href=\"inleverstatus/2025.html\"")
                .contains("href=\"../terugmelding/BZK/index.html\"").contains("href=\"genegeerd.csv\"");
        // year pages link the previous and next year, ministry pages the same ministry's other years
        assertThat(Files.readString(tmp.resolve("output/openbaar/2024/index.html"))).contains("href=\"../2025/index.html\"")
                .contains("href=\"../index.html\"").containsPattern("Gegenereerd op .* door run \\d+");
        assertThat(Files.readString(tmp.resolve("output/openbaar/2025/index.html"))).contains("href=\"../2024/index.html\"");
        assertThat(Files.readString(tmp.resolve("output/openbaar/2025/ministeries/BZK/index.html")))
                .contains("href=\"../../../2024/ministeries/BZK/index.html\"").contains("href=\"../../../index.html\"");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/incidenten.html")))
                .containsPattern("Gegenereerd op .* door run \\d+");
    }

    private void run(String... opties) {
        String[] alle = new String[opties.length + 2];
        alle[0] = "--jbr.onthulling.drempel";
        alle[1] = "1";
        System.arraycopy(opties, 0, alle, 2, opties.length);
        Pijplijn.run(tmp, alle);
    }

    private static void schrijf(Path bestand, String inhoud) throws IOException {
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
    }
}
