package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.Pijplijn;

/**
 * Issue 22 item 3, kengetallen at and over their bounds (input-schemas/plausibiliteit.csv: at most 1,000,000 of every
 * figure per onderdeel). Before, a kengetallen file had no upper bound at all: two onderdelen of 5·10^18 risicofuncties
 * passed {@code validate} and then failed the whole run in SQL (INT128 to INT64), and a gesprekken figure of 10^17
 * overflowed verschil_procent's DECIMAL(18,1). Now each is a fout {@code WAARDE_BUITEN_GRENS} on its cell.
 */
class VijandigeKengetallenTest {

    @TempDir
    Path tmp;

    /** Every figure column of the kengetallen form (contract 3.3). */
    static final List<String> KOLOMMEN = List.of("risicofuncties", "meldingsplichtigen", "ontheffingen", "vertrouwenspersonen",
            "externe_vertrouwenspersonen", "gesprekken_vertrouwenspersonen", "klachten_ongewenste_omgangsvormen",
            "geschenken_aangeboden", "geschenken_aangenomen");

    @Test
    void tweeOnderdelenVanVijfTriljoenRisicofunctiesWordenAfgekeurd() throws IOException {
        Path bestand = tmp.resolve("kengetallen.csv");
        Files.writeString(bestand, "onderdeel;risicofuncties\nDGOO;5000000000000000000\nIOO;5000000000000000000\n");
        Pijplijn.Uitvoer u = valideer(bestand);
        assertThat(u.code()).as(u.out()).isEqualTo(1);
        assertThat(u.out()).contains("AFGEKEURD (2 fouten").contains("meer dan de grens van 1000000");
    }

    @Test
    void gesprekkenVanTienTotDeZeventiendeWordenAfgekeurd() throws IOException {
        Path bestand = tmp.resolve("kengetallen.csv");
        Files.writeString(bestand, "onderdeel;gesprekken_vertrouwenspersonen\nDGOO;100000000000000000\n");
        Pijplijn.Uitvoer u = valideer(bestand);
        assertThat(u.code()).as(u.out()).isEqualTo(1);
        assertThat(u.out()).contains("AFGEKEURD (1 fout").contains("gesprekken met vertrouwenspersonen");
    }

    @Test
    void elkKengetalMagTotEnMetDeGrensEnNietDaarboven() throws IOException {
        for (String kolom : KOLOMMEN) {
            Path op = tmp.resolve(kolom + "-op.csv");
            // geschenken_aangenomen is also bounded by geschenken_aangeboden of its row: give that its bound too
            String kop = "onderdeel;" + kolom + (kolom.equals("geschenken_aangenomen") ? ";geschenken_aangeboden" : "");
            String rest = kolom.equals("geschenken_aangenomen") ? ";1000000" : "";
            Files.writeString(op, kop + "\nDGOO;1000000" + rest + "\n");
            Pijplijn.Uitvoer goed = valideer(op);
            assertThat(goed.code()).as(kolom + ": " + goed.out()).isZero();

            Path over = tmp.resolve(kolom + "-over.csv");
            Files.writeString(over, kop + "\nDGOO;1000001" + rest + "\n");
            Pijplijn.Uitvoer fout = valideer(over);
            assertThat(fout.code()).as(kolom + ": " + fout.out()).isEqualTo(1);
            assertThat(fout.out()).as(kolom).contains("1000001").contains("meer dan de grens van 1000000");
        }
    }

    /** The run that failed before: the file is rejected with its findings and the other files are published. */
    @Test
    void eenRunMetTeGroteKengetallenSlaagtEnKeurtAlleenDatBestandAf() throws IOException {
        Path root = tmp.resolve("r");
        VastgelopenBestandTest.goedeBestanden(root);
        VastgelopenBestandTest.schrijf(root, "BZK/2025/kengetallen.csv",
                "onderdeel;risicofuncties;gesprekken_vertrouwenspersonen\nDGOO;5000000000000000000;1\nIOO;5000000000000000000;100000000000000000\n");
        Pijplijn.run(root, "--jbr.onthulling.drempel", "1");
        String csv = Files.readString(Publicatie.terugmelding(root, "BZK", 2025, "kengetallen"));
        assertThat(csv).contains("2,risicofuncties,5000000000000000000,fout,WAARDE_BUITEN_GRENS,")
                .contains("3,risicofuncties,5000000000000000000,fout,WAARDE_BUITEN_GRENS,")
                .contains("3,gesprekken_vertrouwenspersonen,100000000000000000,fout,WAARDE_BUITEN_GRENS,");
        assertThat(Files.readString(Publicatie.rijk(root, 2025).resolve("financiele_belangen_per_ministerie.csv")))
                .contains("\nBZK,,,,opgave afgekeurd");
    }

    private static Pijplijn.Uitvoer valideer(Path bestand) {
        return Pijplijn.start("validate", bestand.toString(), "--ministerie", "BZK", "--jaar", "2025");
    }
}
