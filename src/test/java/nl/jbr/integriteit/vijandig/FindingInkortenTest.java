package nl.jbr.integriteit.vijandig;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;

/** A finding quotes what it found, but never more than a screenful of it (hostile cells can be 100,000 characters). */
class FindingInkortenTest {

    @Test
    void eenLangeWaardeWordtIngekortOokInDeMelding() {
        String lang = "x".repeat(50_000);
        Bevinding f = Bevinding.fout(7, "categorie", lang, BevindingCode.CATEGORIE_ONBEKEND,
                "Regel 7: de categorie '" + lang + "' is geen bekende categorie. Het bestand wordt niet geaccepteerd.");
        // 200 characters kept, then the marker
        assertThat(f.waarde()).isEqualTo("x".repeat(200) + "… (ingekort, 50000 tekens)");
        assertThat(f.melding()).isEqualTo("Regel 7: de categorie '" + "x".repeat(200) + "… (ingekort, 50000 tekens)"
                + "' is geen bekende categorie. Het bestand wordt niet geaccepteerd.");
        // idempotent: re-labelling the column does not shorten again
        assertThat(f.metKolom("Aard").waarde()).isEqualTo(f.waarde());
        assertThat(f.metKolom("Aard").melding()).isEqualTo(f.melding());
    }

    @Test
    void eenLangeKolomnaamWordtIngekort() {
        String kop = "k".repeat(1_000);
        Bevinding f = Bevinding.waarschuwing(1, kop, "", BevindingCode.KOLOM_ONBEKEND, "De kolom '" + kop + "' wordt genegeerd.");
        assertThat(f.kolom()).hasSize(200 + "… (ingekort, 1000 tekens)".length());
        assertThat(f.melding()).isEqualTo("De kolom '" + f.kolom() + "' wordt genegeerd.");
    }

    @Test
    void eenKorteWaardeBlijftOngewijzigd() {
        String w = "y".repeat(240);
        Bevinding f = Bevinding.fout(2, "onderdeel", w, BevindingCode.WAARDE_ONGELDIG, "Regel 2: '" + w + "'.");
        assertThat(f.waarde()).isEqualTo(w);
        assertThat(f.melding()).isEqualTo("Regel 2: '" + w + "'.");
    }

    @Test
    void eenTeLangeMeldingWordtAfgekapt() {
        Bevinding f = Bevinding.bestand(nl.jbr.integriteit.bevinding.Ernst.FOUT, BevindingCode.BESTAND_ONLEESBAAR, "m".repeat(10_000));
        assertThat(f.melding()).hasSize(2_000 + 1).endsWith("…");
    }

    @Test
    void eenSurrogaatpaarWordtNietDoormidden() {
        String emoji = "\uD83D\uDE00";
        String lang = "a".repeat(199) + emoji + "b".repeat(100);
        Bevinding f = Bevinding.fout(2, "k", lang, BevindingCode.WAARDE_ONGELDIG, "'" + lang + "'");
        // character 200 is the high surrogate: cut before it
        assertThat(f.waarde()).startsWith("a".repeat(199) + "…").doesNotContain("\uD83D");
    }
}
