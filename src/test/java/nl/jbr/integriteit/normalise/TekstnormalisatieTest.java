package nl.jbr.integriteit.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text normalisation and the look-alike key (issue 10 item 3). */
class TekstnormalisatieTest {

    @Test
    void onzichtbareTekensGaanWegEnWordenGenoemd() {
        Tekstnormalisatie.Uitkomst u = Tekstnormalisatie.normaliseer("\uFEFFDou\u200Bane\u00AD\u202E", false);
        assertThat(u.tekst()).isEqualTo("Douane");
        assertThat(u.verwijderd()).isEqualTo("U+FEFF, U+200B, U+00AD, U+202E");
        assertThat(Tekstnormalisatie.zichtbaar("a\u200Bb")).isEqualTo("a<U+200B>b");
    }

    @Test
    void spatiesWordenEenSpatie() {
        assertThat(Tekstnormalisatie.normaliseer("\u00A0Douane \u202F\u3000 Rotterdam\t", false).tekst()).isEqualTo("Douane Rotterdam");
        assertThat(Tekstnormalisatie.normaliseer("regel een \n regel\u00A0twee", true).tekst()).isEqualTo("regel een\nregel twee");
        assertThat(Tekstnormalisatie.normaliseer("regel een\nregel twee", false).tekst()).isEqualTo("regel een regel twee");
        assertThat(Tekstnormalisatie.normaliseer("Douane", false).gewijzigdOnzichtbaar()).isFalse();
    }

    @Test
    void nfc() {
        // e + combining diaeresis is ë
        assertThat(Tekstnormalisatie.normaliseer("Financie\u0308n", false).tekst()).isEqualTo("Financi\u00EBn");
    }

    /**
     * The shortcut for text that is already normal (printable Latin-1, single spaces) gives what the full
     * normalisation gives, for every character up to U+024F at the start, in the middle and at the end of a word,
     * beside a space and beside a combining mark, on one line and on several.
     */
    @Test
    void deSnelleWegGeeftHetzelfdeAlsDeVolledige() {
        int gelijk = 0;
        for (char c = 0; c <= 0x024F; c++) {
            for (String tekst : new String[] {c + "ab", "a" + c + "b", "ab" + c, "a " + c + " b", "a" + c + "\u0301",
                    "Misdragingen in de priv" + c + "sfeer", String.valueOf(c)}) {
                for (boolean meerdereRegels : new boolean[] {false, true}) {
                    Tekstnormalisatie.Uitkomst snel = Tekstnormalisatie.normaliseer(tekst, meerdereRegels);
                    Tekstnormalisatie.Uitkomst volledig = Tekstnormalisatie.volledig(tekst, meerdereRegels);
                    assertThat(snel).as("U+%04X in '%s'", (int) c, tekst).isEqualTo(volledig);
                    gelijk++;
                }
            }
        }
        assertThat(gelijk).isEqualTo(0x0250 * 7 * 2);
        // and the shortcut is taken for Dutch accented text, which the full form leaves as it is
        String tekst = "Misdragingen in de privésfeer, ook bij één ruïne";
        assertThat(Tekstnormalisatie.normaliseer(tekst, false).tekst()).isSameAs(tekst);
    }

    @Test
    void lijkendeLettersHebbenHetzelfdeSkelet() {
        String skelet = Tekstnormalisatie.skelet("Douane");
        assertThat(Tekstnormalisatie.skelet("D\u043Euane")).isEqualTo(skelet);   // Cyrillic о
        assertThat(Tekstnormalisatie.skelet("D\u03BFuane")).isEqualTo(skelet);   // Greek ο
        assertThat(Tekstnormalisatie.skelet("DOUANE")).isEqualTo(skelet);
        assertThat(Tekstnormalisatie.skelet("\uFF24ouane")).isEqualTo(skelet);   // full-width D
        assertThat(Tekstnormalisatie.skelet("\u0421\u0430\u0440\u0435")).isEqualTo(Tekstnormalisatie.skelet("Cape"));
        assertThat(Tekstnormalisatie.skelet("Douanes")).isNotEqualTo(skelet);
    }
}
