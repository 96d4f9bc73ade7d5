package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * A corrected file saved under a new name next to the old one ('personeel v2.csv' beside 'personeel.csv'): both are
 * accepted and both count (staff figures of the same onderdeel are added up, incidents with the same volgnummer
 * count twice). Nothing said so. The feedback of both files now warns, per row, naming the other file.
 */
class DubbelTellenTest {

    @TempDir
    Path tmp;

    @Test
    void eenOnderdeelOfVolgnummerInTweeBestandenKrijgtEenWaarschuwing() throws IOException {
        Path map = tmp.resolve("input/BZK/2024");
        Files.createDirectories(map);
        Files.writeString(map.resolve("personeel.csv"), "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1000;10\nIOO;50;1\n");
        Files.writeString(map.resolve("personeel v2.csv"), "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nIOO;60;1\n dgoo ;1100;12\n");
        Files.writeString(map.resolve("incidenten.csv"), "volgnummer;onderdeel;categorie\nZ-1;DGOO;g\nZ-2;DGOO;h\n");
        Files.writeString(map.resolve("incidenten januari.csv"), "volgnummer;onderdeel;categorie\nZ-2;DGOO;h\nZ-3;IOO;a\n");
        run();

        // personeel.csv: DGOO on line 2 and IOO on line 3 are also in 'personeel v2.csv' (IOO line 2, ' dgoo ' line 3)
        String personeel = feedback("personeel");
        assertThat(personeel).contains("2,onderdeel,DGOO,waarschuwing,REGEL_IN_ANDER_BESTAND")
                .contains("3,onderdeel,IOO,waarschuwing,REGEL_IN_ANDER_BESTAND").contains("personeel v2.csv");
        assertThat(feedback("personeel v2")).contains("2,onderdeel,IOO,waarschuwing,REGEL_IN_ANDER_BESTAND")
                .contains("3,onderdeel,dgoo,waarschuwing,REGEL_IN_ANDER_BESTAND").contains("'personeel.csv'");
        // incidenten: only Z-2 is in both (line 3 of the one, line 2 of the other)
        assertThat(feedback("incidenten")).contains("3,volgnummer,Z-2,waarschuwing,REGEL_IN_ANDER_BESTAND")
                .doesNotContain("Z-1,").contains("incidenten januari.csv");
        assertThat(feedback("incidenten januari")).contains("2,volgnummer,Z-2,waarschuwing,REGEL_IN_ANDER_BESTAND")
                .doesNotContain("Z-3,");
        // still accepted: a warning, the files count as before
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/personeel.html"))).contains("Geaccepteerd");
    }

    /**
     * Only a ministry and year with more than one file of a form in force is looked at (the query leaves the others out
     * before reading rows): two incidents files sharing a volgnummer are still found when the same folder has one
     * staff file, and another ministry (FIN) with the same volgnummer in its single file hears nothing.
     */
    @Test
    void alleenEenMapMetMeerBestandenVanEenFormulierWordtVergeleken() throws IOException {
        Path bzk = tmp.resolve("input/BZK/2025");
        Files.createDirectories(bzk);
        Files.writeString(bzk.resolve("personeel.csv"), "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1000;10\n");
        Files.writeString(bzk.resolve("incidenten.csv"), "volgnummer;onderdeel;categorie\nZ-8;DGOO;g\nZ-9;DGOO;h\n");
        Files.writeString(bzk.resolve("incidenten februari.csv"), "volgnummer;onderdeel;categorie\nZ-10;DGOO;a\nz-9 ;DGOO;h\n");
        Path fin = tmp.resolve("input/FIN/2025");
        Files.createDirectories(fin);
        Files.writeString(fin.resolve("personeel.csv"), "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;500;5\n");
        Files.writeString(fin.resolve("incidenten.csv"), "volgnummer;onderdeel;categorie\nZ-9;DGOO;h\n");
        run();

        assertThat(feedback("BZK", 2025, "incidenten")).contains("3,volgnummer,Z-9,waarschuwing,REGEL_IN_ANDER_BESTAND")
                .doesNotContain("Z-8,").contains("incidenten februari.csv");
        assertThat(feedback("BZK", 2025, "incidenten februari")).contains("3,volgnummer,z-9,waarschuwing,REGEL_IN_ANDER_BESTAND")
                .doesNotContain("Z-10,");
        assertThat(feedback("BZK", 2025, "personeel")).doesNotContain("REGEL_IN_ANDER_BESTAND");
        assertThat(feedback("FIN", 2025, "incidenten")).doesNotContain("REGEL_IN_ANDER_BESTAND");
        assertThat(feedback("FIN", 2025, "personeel")).doesNotContain("REGEL_IN_ANDER_BESTAND");
    }

    private String feedback(String stem) throws IOException {
        return feedback("BZK", 2024, stem);
    }

    private String feedback(String ministerie, int jaar, String stem) throws IOException {
        return Files.readString(tmp.resolve("output/terugmelding/" + ministerie + "/" + jaar + "/" + stem + ".csv"));
    }

    private void run() {
        Pijplijn.run(tmp, "--jbr.onthulling.drempel", "1"); // a few rows: disclosure control would withhold the year
    }
}
