package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * A corrected file saved under a new name next to the old one ('personeel v2.csv' beside 'personeel.csv'): both were
 * accepted and both counted (staff figures of the same onderdeel added up, incidents with the same volgnummer counted
 * twice), first silently, then with a warning on every row. Since issue 22 (one form, one file per ministry and year)
 * they do not both count: the later one (the same run: by name) is a fout naming the earlier, whose figures count once.
 */
class DubbelTellenTest {

    @TempDir
    Path tmp;

    @Test
    void eenOnderdeelOfVolgnummerInTweeBestandenTeltEenKeer() throws IOException {
        Path map = tmp.resolve("input/BZK/2024");
        Files.createDirectories(map);
        Files.writeString(map.resolve("personeel.csv"), "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;1000;10\nIOO;50;1\n");
        Files.writeString(map.resolve("personeel v2.csv"), "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nIOO;60;1\n dgoo ;1100;12\n");
        Files.writeString(map.resolve("incidenten.csv"), "volgnummer;onderdeel;categorie\nZ-1;DGOO;g\nZ-2;DGOO;h\n");
        Files.writeString(map.resolve("incidenten januari.csv"), "volgnummer;onderdeel;categorie\nZ-2;DGOO;h\nZ-3;IOO;a\n");
        run();

        // 'personeel v2.csv' holds IOO and ' dgoo ' (DGOO), already in 'personeel.csv'
        assertThat(feedback("personeel v2")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("al ingeleverd in 'personeel.csv' en het onderdeel ");
        assertThat(feedback("personeel")).doesNotContain(",fout,");
        // incidenten: Z-2 is in both
        assertThat(feedback("incidenten januari")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("al ingeleverd in 'incidenten.csv' en de melding met volgnummer 'Z-2' staat in beide bestanden");
        assertThat(feedback("incidenten")).doesNotContain(",fout,");
        assertThat(Files.readString(tmp.resolve("output/terugmelding/BZK/2024/personeel.html"))).contains("Geaccepteerd");
        // counted once, by hand: 1000 + 50 medewerkers, 10 + 1 nevenwerkzaamheden; 2 meldingen
        assertThat(Files.readString(tmp.resolve("output/openbaar/2024/rijk/nevenwerkzaamheden_per_ministerie.csv"))).contains("\nBZK,1050,11,");
        assertThat(Files.readString(tmp.resolve("output/openbaar/2024/rijk/meldingen_per_ministerie.csv")))
                .contains("\nBZK,Ministerie van Binnenlandse Zaken en Koninkrijksrelaties,2,");
    }

    /**
     * Only the files of one ministry and year are compared: two incidents files of BZK sharing a volgnummer, and another
     * ministry (FIN) with the same volgnummer in its single file hears nothing.
     */
    @Test
    void alleenBestandenVanHetzelfdeMinisterieEnJaarWordenVergeleken() throws IOException {
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

        assertThat(feedback("BZK", 2025, "incidenten februari")).contains(",fout,FORMULIER_AL_INGELEVERD,")
                .contains("volgnummer 'z-9");
        assertThat(feedback("BZK", 2025, "incidenten")).doesNotContain(",fout,");
        assertThat(feedback("BZK", 2025, "personeel")).doesNotContain(",fout,");
        assertThat(feedback("FIN", 2025, "incidenten")).doesNotContain(",fout,");
        assertThat(feedback("FIN", 2025, "personeel")).doesNotContain(",fout,");
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
