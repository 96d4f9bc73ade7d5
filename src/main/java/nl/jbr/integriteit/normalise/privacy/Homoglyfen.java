package nl.jbr.integriteit.normalise.privacy;

/**
 * Letters from the Cyrillic, Greek and Armenian scripts (and a few Latin variants) that look like Latin letters:
 * {@code Јаnsеn} written with Cyrillic J, a and e reads as "Jansen" but matches no name list. Each is mapped to
 * the Latin letter it imitates; letters that only resemble a Latin letter in some fonts are left alone.
 */
final class Homoglyfen {

    /** Look-alike, Latin letter; pairs of characters. */
    private static final String PAIRS =
            // Cyrillic capitals
            "АAВBЕEЅSІIЈJКKМMНHОOРPСCТTХXУYҮYӀIԚQԜWԀD"
            // Cyrillic small letters
            + "аaеeоoрpсcуyхxѕsіiјjһhԁdԛqԝwӏlүyкkɡg"
            // Greek capitals and small letters
            + "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvιiκkρpαaυuχxϲcϳjϹC"
            // Armenian and Latin variants
            + "օoսuհhցgɑaıiɪi";

    private static final char FIRST = 0x0100;
    private static final char[] MAP = new char[0x0600 - FIRST];

    static {
        for (int i = 0; i < PAIRS.length(); i += 2) {
            char from = PAIRS.charAt(i);
            if (from >= FIRST && from < FIRST + MAP.length) {
                MAP[from - FIRST] = PAIRS.charAt(i + 1);
            }
        }
    }

    private Homoglyfen() {
    }

    /** The Latin letter {@code c} imitates, or {@code c} itself. */
    static char latin(char c) {
        if (c < FIRST || c >= FIRST + MAP.length) {
            return c;
        }
        char mapped = MAP[c - FIRST];
        return mapped == 0 ? c : mapped;
    }
}
