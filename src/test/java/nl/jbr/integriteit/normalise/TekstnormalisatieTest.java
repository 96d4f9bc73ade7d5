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
