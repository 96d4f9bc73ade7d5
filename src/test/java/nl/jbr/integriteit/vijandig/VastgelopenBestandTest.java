package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.ingest.Archief;

/**
 * Issue 22 item 1, a bulkhead per file: whatever goes wrong while one file is read, checked or loaded becomes a fout
 * on that file, and every other file and year is processed and published as if it was not there. A failure of the run
 * itself (here: the archive cannot be written) fails the run, truthfully, and writes no feedback about files it did
 * not finish looking at.
 *
 * <p>How a file is made to fail inside the bulkhead without mocking our components and without depending on a parser
 * bug that another change may fix: a schemas folder ({@code --schemas}) whose incidents form has one more column,
 * {@code bedrag}, a decimal that the definition stores as {@code INTEGER}. The row check accepts any decimal there (it
 * only guards the width of whole-number columns), so a {@code bedrag} of 3,000,000,000 passes the check and then fails
 * while its row is loaded (the loader's {@code Math.toIntExact} throws {@code ArithmeticException}) — a real
 * exception on a real load path, caused by the file's content. Files without that column load as usual.
 */
class VastgelopenBestandTest {

    @TempDir
    Path tmp;

    static final String PERSONEEL = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDGOO;100;4\nIOO;20;1\n";
    static final String INCIDENTEN = "volgnummer;onderdeel;categorie\nB-1;DGOO;g\nB-2;DGOO;a\nB-3;IOO;h\n";
    static final String FIN_PERSONEEL = "onderdeel;aantal_medewerkers;aantal_nevenwerkzaamheden\nDouane;500;9\n";
    static final String FIN_INCIDENTEN = "volgnummer;onderdeel;categorie\nF-1;Douane;b\n";
    /** Passes every check and fails while its second row is loaded (see the class comment). */
    static final String VASTLOPER = "volgnummer;onderdeel;categorie;bedrag\nB-7;DGOO;g;12\nB-8;DGOO;a;3000000000\n";

    @Test
    void eenBestandDatBijHetLadenVastlooptWordtAfgekeurdEnDeRestTeltAlsofHetErNietWas() throws IOException {
        Path schemas = schemasMetBedrag(tmp.resolve("schemas"));
        Path zonder = tmp.resolve("zonder");
        goedeBestanden(zonder);
        run(zonder, schemas);

        Path met = tmp.resolve("met");
        goedeBestanden(met);
        schrijf(met, "BZK/2025/incidenten aanvulling.csv", VASTLOPER);
        String uitvoer = run(met, schemas);
        assertThat(uitvoer).contains("4 geaccepteerd, 1 afgekeurd");

        String csv = Files.readString(Publicatie.terugmelding(met, "BZK", 2025, "incidenten aanvulling"));
        assertThat(csv).contains(",fout,BESTAND_ONVERWERKBAAR,").contains("Het bestand kon niet worden gelezen: ")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("nl.jbr").doesNotContain("toIntExact");
        // every other file: its own feedback, accepted, and never 'no longer present'
        Map<String, String> terugmeldingen = Publicatie.terugmeldingenCsv(met);
        assertThat(terugmeldingen).hasSize(5);
        terugmeldingen.forEach((pad, inhoud) -> assertThat(inhoud).as(pad).doesNotContain("BESTAND_NIET_MEER_AANWEZIG"));
        terugmeldingen.entrySet().stream().filter(e -> !e.getKey().contains("aanvulling"))
                .forEach(e -> assertThat(e.getValue()).as(e.getKey()).doesNotContain(",fout,"));
        // the tables are exactly those of the run without it
        assertThat(Publicatie.tabellen(met)).isNotEmpty().isEqualTo(Publicatie.tabellen(zonder));
    }

    @Test
    void eenVastlopendeNieuweVersieLaatDeVorigeInGebruik() throws IOException {
        Path schemas = schemasMetBedrag(tmp.resolve("schemas"));
        Path root = tmp.resolve("root");
        goedeBestanden(root);
        run(root, schemas);
        Map<String, String> voor = Publicatie.tabellen(root);

        // BZK's incidents file replaced by a version that fails while it is loaded
        schrijf(root, "BZK/2025/incidenten.csv", INCIDENTEN.replace("volgnummer;onderdeel;categorie", "volgnummer;onderdeel;categorie;bedrag")
                .replace(";g\n", ";g;3000000000\n").replace(";a\n", ";a;\n").replace(";h\n", ";h;\n"));
        run(root, schemas);
        assertThat(Publicatie.tabellen(root)).isEqualTo(voor);
        String csv = Files.readString(Publicatie.terugmelding(root, "BZK", 2025, "incidenten"));
        assertThat(csv).contains(",fout,BESTAND_ONVERWERKBAAR,");
        assertThat(Files.readString(Publicatie.terugmelding(root, "BZK", 2025, "incidenten").resolveSibling("incidenten.html")))
                .contains("versie 1").contains("blijft in gebruik");
    }

    @Test
    void eenRunDieZelfMisluktMeldtDatEnSchrijftGeenTerugmelding() throws IOException {
        Path root = tmp.resolve("root");
        goedeBestanden(root);
        // the archive folder of FIN's staff file is a plain file: archiving it fails, a fault of the data directory
        // (not of the file), so the run itself fails
        String sha = Archief.sha256(root.resolve("input/FIN/2025/personeel.csv"));
        Path blok = new Archief(root.resolve("data")).pad(sha).getParent();
        Files.createDirectories(blok.getParent());
        Files.writeString(blok, "geen map");

        Pijplijn.Uitvoer u = Pijplijn.start("run", "--input", root.resolve("input").toString(), "--output",
                root.resolve("output").toString(), "--data", root.resolve("data").toString(), "--jbr.onthulling.drempel", "1");
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.err()).startsWith("De run is mislukt: ");
        assertThat(u.out()).contains("status=FAILED").doesNotContain("status=COMPLETED").doesNotContain("status=ABANDONED");
        // nothing was published, and no file got feedback from a run that did not finish looking at the folder
        assertThat(Publicatie.terugmeldingenCsv(root)).isEmpty();
        assertThat(Publicatie.tabellen(root)).isEmpty();

        Pijplijn.Uitvoer status = Pijplijn.start("status", "--json", "--data", root.resolve("data").toString());
        assertThat(status.out()).contains("\"uitkomst\" : \"FAILED\"").doesNotContain("\"uitkomst\" : \"COMPLETED\"");

        // repaired, the next run publishes everything
        Files.delete(blok);
        run(root, null);
        assertThat(Publicatie.terugmeldingenCsv(root)).hasSize(4);
    }

    /**
     * A failure while the file is checked (not loaded), in a run and in {@code validate}: a schemas folder whose
     * plausibility rules bound {@code ontheffingen} by the text column {@code onderdeel} (a rule the start-up accepts,
     * since both columns exist), so checking a row with both fails with a NumberFormatException.
     */
    @Test
    void eenBestandDatBijDeControleVastlooptWordtAfgekeurdOokDoorValidate() throws IOException {
        Path schemas = tmp.resolve("schemas");
        kopieer(Path.of("input-schemas"), schemas);
        Files.writeString(schemas.resolve("plausibiliteit.csv"), Files.readString(schemas.resolve("plausibiliteit.csv"))
                + "kengetallen,WAARDE_BUITEN_GRENS,ontheffingen,<= onderdeel,fout,\"{waarde} ontheffingen\"\n");
        Path root = tmp.resolve("root");
        goedeBestanden(root);
        schrijf(root, "BZK/2025/kengetallen.csv", "onderdeel;ontheffingen\nDGOO;3\n");
        String uitvoer = run(root, schemas);
        assertThat(uitvoer).contains("4 geaccepteerd, 1 afgekeurd");
        assertThat(Files.readString(Publicatie.terugmelding(root, "BZK", 2025, "kengetallen")))
                .contains(",fout,BESTAND_ONVERWERKBAAR,").doesNotContain("NumberFormat");
        // recognised as kengetallen before it failed: BZK's kengetallen are 'opgave afgekeurd', its other forms count
        assertThat(Files.readString(Publicatie.rijk(root, 2025).resolve("financiele_belangen_per_ministerie.csv")))
                .contains("\nBZK,,,,opgave afgekeurd");
        assertThat(Files.readString(Publicatie.rijk(root, 2025).resolve("nevenwerkzaamheden_per_ministerie.csv")))
                .contains("\nBZK,120,5,");

        Pijplijn.Uitvoer u = Pijplijn.start("validate", root.resolve("input/BZK/2025/kengetallen.csv").toString(),
                "--schemas", schemas.toString());
        assertThat(u.code()).isEqualTo(1);
        assertThat(u.out()).contains("Formulier:   kengetallen").contains("AFGEKEURD (1 fout")
                .contains("BESTAND_ONVERWERKBAAR").contains("Het bestand kon niet worden gelezen: ");
        assertThat(u.out() + u.err()).doesNotContain("Exception").doesNotContain("onverwachte fout");
    }

    static void goedeBestanden(Path root) throws IOException {
        schrijf(root, "BZK/2025/personeel.csv", PERSONEEL);
        schrijf(root, "BZK/2025/incidenten.csv", INCIDENTEN);
        schrijf(root, "FIN/2025/personeel.csv", FIN_PERSONEEL);
        schrijf(root, "FIN/2025/incidenten.csv", FIN_INCIDENTEN);
    }

    /** A copy of input-schemas/ whose incidents form has the extra column {@code bedrag} (decimal, stored as INTEGER). */
    static Path schemasMetBedrag(Path doel) {
        kopieer(Path.of("input-schemas"), doel);
        try {
            Files.writeString(doel.resolve("formulieren/incidenten.csv"),
                    Files.readString(doel.resolve("formulieren/incidenten.csv")) + "bedrag,,nee,decimaal,,0,nee,,INTEGER,\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return doel;
    }

    static void kopieer(Path van, Path naar) {
        try (Stream<Path> s = Files.walk(van)) {
            for (Path p : s.toList()) {
                Path doel = naar.resolve(van.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(doel);
                } else {
                    Files.copy(p, doel);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(Path root, Path schemas) {
        return schemas == null ? Pijplijn.run(root, "--jbr.onthulling.drempel", "1")
                : Pijplijn.run(root, "--jbr.onthulling.drempel", "1", "--schemas", schemas.toString());
    }

    static void schrijf(Path root, String pad, String inhoud) throws IOException {
        Path p = root.resolve("input").resolve(pad);
        Files.createDirectories(p.getParent());
        Files.writeString(p, inhoud);
    }
}
