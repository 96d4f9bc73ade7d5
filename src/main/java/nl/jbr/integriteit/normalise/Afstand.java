package nl.jbr.integriteit.normalise;

/**
 * Typing-error distance between two {@link TextKey keys}: Damerau-Levenshtein (optimal string alignment:
 * insertion, deletion, substitution, transposition of two adjacent characters), and the tolerance that
 * counts as a small typing error for a label of a given length.
 */
final class Afstand {

    private Afstand() {
    }

    /**
     * The distance between {@code a} and {@code b}, or {@code max + 1} as soon as it is certain to exceed
     * {@code max}.
     */
    static int tussen(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (n == 0 || m == 0) {
            return Math.max(n, m);
        }
        int[] twoBack = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, twoBack[j - 2] + 1);
                }
                current[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], max + 1);
    }

    /**
     * How many typing errors a label of {@code length} key characters tolerates: none up to 4 characters,
     * 1 up to 8, 2 up to 20, 3 beyond.
     */
    static int tolerantie(int length) {
        if (length <= 4) {
            return 0;
        }
        if (length <= 8) {
            return 1;
        }
        if (length <= 20) {
            return 2;
        }
        return 3;
    }

    /**
     * Whether {@code key} reads as {@code label} with typing errors inside words, not with other words: every
     * word of {@code key} that the label lacks is within tolerance of one of the label's words, or is part of
     * the label written without spaces ("prive sfeer" for "privesfeer"). "ongepaste gedragingen" is not a
     * typing error of "ongewenste gedragingen".
     */
    static boolean woordenGelijkend(String key, String label) {
        String[] labelWoorden = label.split(" ");
        String aaneen = null;
        for (String woord : key.split(" ")) {
            boolean gevonden = false;
            for (String lw : labelWoorden) {
                // short words (en, van, de, een) tolerate one slip: a typo there does not change the meaning
                int max = Math.max(tolerantie(Math.max(woord.length(), lw.length())),
                        woord.length() >= 2 && woord.length() <= 4 && lw.length() <= 4 ? 1 : 0);
                if (woord.equals(lw) || (max > 0 && tussen(woord, lw, max) <= max)) {
                    gevonden = true;
                    break;
                }
            }
            if (!gevonden) {
                if (aaneen == null) {
                    aaneen = label.replace(" ", "");
                }
                if (!aaneen.contains(woord)) {
                    return false;
                }
            }
        }
        return true;
    }
}
