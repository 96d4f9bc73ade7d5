package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.ingest.xlsx.TestWerkmap;

/**
 * The hostile kinds of issue 22 (kengetallen over their bounds, one form delivered twice, a file that fails while it
 * is loaded), each dropped alone beside the example input (input/, all six years) after that input was published: the
 * run succeeds, the file gets its fout, and every published rijksbrede table of every year, and the feedback of every
 * other file, is exactly as without it.
 *
 * <p>All runs use one schemas folder: input-schemas/ with the extra incidents column {@code bedrag} of
 * {@link VastgelopenBestandTest}, which makes the last kind fail while it is loaded; the example input has no such
 * column, so for everything else it is input-schemas/ itself.
 */
@Tag("traag")
class NaastDeVoorbeeldinvoerTest {

    @TempDir
    static Path tmp;

    private static Path schemas;
    private static Path basis;
    private static Map<String, String> tabellen;
    private static Map<String, String> terugmeldingen;

    /** One hostile file: where it goes under input/, how it is written, the fout it must get. */
    record Soort(String naam, String pad, Geval.Inhoud inhoud, BevindingCode code) {
        @Override
        public String toString() {
            return naam;
        }
    }

    static List<Soort> soorten() {
        List<Soort> s = new ArrayList<>();
        s.add(new Soort("kengetallen: twee onderdelen met 5·10^18 risicofuncties", "BZK/2025/kengetallen te groot.csv",
                tekst("onderdeel,risicofuncties\nNieuw onderdeel A,5000000000000000000\nNieuw onderdeel B,5000000000000000000\n"),
                BevindingCode.WAARDE_BUITEN_GRENS));
        s.add(new Soort("kengetallen: 10^17 gesprekken met vertrouwenspersonen", "FIN/2025/gesprekken.csv",
                tekst("onderdeel;gesprekken_vertrouwenspersonen\nNieuw onderdeel;100000000000000000\n"), BevindingCode.WAARDE_BUITEN_GRENS));
        s.add(new Soort("kengetallen: elk kengetal één boven de grens", "DEF/2025/kengetallen boven de grens.csv",
                tekst("onderdeel;" + String.join(";", VijandigeKengetallenTest.KOLOMMEN) + "\nNieuw onderdeel"
                        + ";1000001".repeat(VijandigeKengetallenTest.KOLOMMEN.size()) + "\n"), BevindingCode.WAARDE_BUITEN_GRENS));
        s.add(new Soort("kengetallen als CSV en nog eens als werkmap", "BZK/2025/BZK kengetallen 2025.xlsx",
                p -> alsWerkmap(Path.of("input/BZK/2025/BZK kengetallen 2025.csv"), List.of()).schrijf(p),
                BevindingCode.FORMULIER_AL_INGELEVERD));
        s.add(new Soort("incidenten als CSV en nog eens als werkmap zonder volgnummer", "VWS/2025/integriteitsschendingen_2025.xlsx",
                p -> alsWerkmap(Path.of("input/VWS/2025/integriteitsschendingen_2025.csv"), List.of("KENMERK")).schrijf(p),
                BevindingCode.FORMULIER_AL_INGELEVERD));
        s.add(new Soort("personeel nog eens onder een andere naam, met andere aantallen", "BZK/2025/personeel gecorrigeerd.csv",
                tekst("onderdeel,aantal_medewerkers,aantal_nevenwerkzaamheden\nBestuursdepartement,2700,150\n"),
                BevindingCode.FORMULIER_AL_INGELEVERD));
        s.add(new Soort("incidenten die bij het laden vastlopen", "BZK/2025/incidenten aanvulling.csv",
                tekst("volgnummer;onderdeel;categorie;bedrag\nNIEUW-1;Bestuursdepartement;g;12\nNIEUW-2;Bestuursdepartement;a;3000000000\n"),
                BevindingCode.BESTAND_ONVERWERKBAAR));
        return s;
    }

    @BeforeAll
    static void voorbeeldinvoer() {
        schemas = VastgelopenBestandTest.schemasMetBedrag(tmp.resolve("schemas"));
        basis = tmp.resolve("basis");
        VastgelopenBestandTest.kopieer(Path.of("input"), basis.resolve("input"));
        run(basis);
        tabellen = Publicatie.tabellen(basis);
        terugmeldingen = Publicatie.terugmeldingenCsv(basis);
        assertThat(tabellen).hasSizeGreaterThan(90); // 17 tables, six years
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("soorten")
    void eenVijandigBestandNaastDeVoorbeeldinvoerVerandertGeenGepubliceerdCijfer(Soort soort) throws IOException {
        Path root = tmp.resolve("soort-" + soorten().stream().map(Soort::naam).toList().indexOf(soort.naam()));
        for (String map : List.of("input", "data", "output")) {
            VastgelopenBestandTest.kopieer(basis.resolve(map), root.resolve(map));
        }
        Path pad = root.resolve("input").resolve(soort.pad());
        soort.inhoud().schrijf(pad);
        run(root);

        String ministerie = soort.pad().substring(0, soort.pad().indexOf('/'));
        String naam = pad.getFileName().toString();
        String stem = naam.substring(0, naam.lastIndexOf('.'));
        // a workbook beside a CSV of the same name: its feedback is '<stem> (2)'
        Path csv = Publicatie.terugmelding(root, ministerie, 2025, stem + " (2)");
        if (!Files.exists(csv)) {
            csv = Publicatie.terugmelding(root, ministerie, 2025, stem);
        }
        String feedback = Files.readString(csv);
        assertThat(feedback).contains(",fout," + soort.code() + ",").doesNotContain("Exception");

        assertThat(Publicatie.tabellen(root)).isEqualTo(tabellen);
        Map<String, String> anderen = new TreeMap<>(Publicatie.terugmeldingenCsv(root));
        anderen.remove(Publicatie.terugmeldingen(root).relativize(csv).toString().replace('\\', '/'));
        assertThat(anderen).isEqualTo(terugmeldingen);
    }

    private static void run(Path root) {
        Pijplijn.run(root, "--schemas", schemas.toString());
    }

    private static Geval.Inhoud tekst(String inhoud) {
        return p -> Files.writeString(p, inhoud, StandardCharsets.UTF_8);
    }

    /** A CSV file of the example input as a workbook of one sheet, without the columns {@code weglaten}. */
    static TestWerkmap alsWerkmap(Path csv, List<String> weglaten) {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(r, CSVFormat.RFC4180)) {
            List<CSVRecord> records = p.getRecords();
            List<Integer> houden = new ArrayList<>();
            CSVRecord kop = records.get(0);
            for (int i = 0; i < kop.size(); i++) {
                if (!weglaten.contains(kop.get(i).replace("\uFEFF", ""))) {
                    houden.add(i);
                }
            }
            List<String> rijen = new ArrayList<>();
            for (int n = 0; n < records.size(); n++) {
                CSVRecord rec = records.get(n);
                Object[] cellen = new Object[houden.size()];
                for (int k = 0; k < houden.size(); k++) {
                    String waarde = houden.get(k) < rec.size() ? rec.get(houden.get(k)) : "";
                    cellen[k] = waarde.isEmpty() ? null : n > 0 && waarde.matches("\\d{1,15}") ? (Object) Long.valueOf(waarde) : waarde;
                }
                rijen.add(TestWerkmap.rij(n + 1, cellen));
            }
            return new TestWerkmap().blad("Formulier", rijen.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
