package nl.jbr.integriteit.normalise.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The screening runs on every text a ministry sends: whatever the text, it answers and never throws. Random texts
 * from an alphabet of the characters the detectors look at (digits, separators, initials, '@', dashes,
 * full-width and zero-width characters), at the start, middle and end of a text.
 */
class VrijeTekstScreeningRobuustheidTest {

    private static final String ALPHABET = "0123456789 .,-/:;@()[]'\"€%°+#ABJNLXZabdejnpstv\u200b\uff20\uff10\u2013\u00a0"
            + "éÅı";
    private static final String[] WORDS = {" nr. ", " nummer ", "straat", "laan ", " van ", " de ", "Jansen", "dhr.",
        " geb. ", "kenteken ", "BSN ", "NL91", "IBAN ", " op ", " punt ", "linkedin.com/in/", " @", "directeur van ",
        "Lange ", "Voorhout", ", J.", "Pieter ", "Bakker", " 06-", "1985", "personeelsnummer "};

    @Test
    void randomTextsNeverThrow() {
        VrijeTekstScreening screening = new VrijeTekstScreening();
        Random random = new Random(20_241_127L);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(3) == 0) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]);
                } else {
                    for (int c = random.nextInt(4); c >= 0; c--) {
                        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
            }
            String text = sb.toString();
            Set<Persoonsgegeven> found = screening.screen(text);
            assertNotNull(found, text);
            // the same text gives the same answer (no state carried between calls)
            assertEquals(found, screening.screen(text), text);
        }
    }

    /** Issue 21: the same for the characters and words the decoding, the spoken variant and new detectors read. */
    @Test
    void randomDisguisedTextsNeverThrow() {
        String alphabet = "0123456789 _x&#;%=@.-:()ABDFJNOPXZadjlnopsx\u0430\u0435\u039f\u0332\u200b\uff3f";
        String[] words = {"_x0040_", "_x005F_", "&#64;", "&#x40", "&amp;", "&eacute;", "%40", "%C3%A9", "=40",
            "=C5=9F", "postcode ", "pc ", "2511 DP", "2511dp", "paspoort ", "ID-kaart ", "rijbewijs ", "NXC3K1P72",
            "instagram: ", "@", "tiktok-account ", "nul ", "zes ", "twaalf ", "vierendertig ", "plus ", "O6", "l2",
            "J A N ", "J.A.N.", " (1978)", "geboren in ", "'81", "Kerkstr. ", "Nationale ombudsman", "P-nr.: "};
        VrijeTekstScreening screening = new VrijeTekstScreening();
        Random random = new Random(21_005L);
        for (int k = 0; k < 30_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(14);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(2) == 0) {
                    sb.append(words[random.nextInt(words.length)]);
                } else {
                    for (int c = random.nextInt(4); c >= 0; c--) {
                        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                }
            }
            String text = sb.toString();
            Set<Persoonsgegeven> found = screening.screen(text);
            assertNotNull(found, text);
            assertEquals(found, screening.screen(text), text);
        }
    }

    @Test
    void edgesOfTheText() {
        VrijeTekstScreening screening = new VrijeTekstScreening();
        for (String text : new String[] {" 12", "  12", ".12", " nr. 12", "nr 12", ",12", "-", "@", "NL", "N",
            "straat 1", "J.", ", J.", "de", "van der", "°", "geb.", "kenteken", "op punt nl", "\u200b", "\uff20"}) {
            assertNotNull(screening.screen(text), text);
        }
        assertEquals(Set.of(), screening.screen(" 12"));
        assertEquals(Set.of(Persoonsgegeven.POSTCODE_HUISNUMMER), screening.screen("  Kerkstraat nr. 12"));
    }
}
