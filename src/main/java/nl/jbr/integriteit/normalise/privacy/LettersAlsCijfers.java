package nl.jbr.integriteit.normalise.privacy;

/**
 * Letters typed for digits in a number: {@code O6-12345678} (a capital O), {@code 06-l2345678} (a small L). In a
 * run of words made only of digits, separators and the look-alikes O, o, I, l and |, holding at least
 * {@value #MIN_DIGITS} digits once read, the look-alikes become 0 and 1. Words with other letters are left alone:
 * {@code bel}, {@code Olga} and {@code 10 of 12} keep their letters.
 */
final class LettersAlsCijfers {

    private static final int MIN_DIGITS = 8;

    private LettersAlsCijfers() {
    }

    static String toDigits(String s) {
        if (!hasLookalike(s)) {
            return s;
        }
        int n = s.length();
        char[] out = null;
        int i = 0;
        while (i < n) {
            // a run of space-separated words that are number-like
            int runStart = i;
            int digits = 0;
            int lookalikes = 0;
            int j = i;
            while (j < n) {
                int wordEnd = j;
                int wordDigits = 0;
                int wordLookalikes = 0;
                boolean numberLike = true;
                while (wordEnd < n && s.charAt(wordEnd) != ' ') {
                    char c = s.charAt(wordEnd);
                    if (Chars.isDigit(c)) {
                        wordDigits++;
                    } else if (isLookalike(c)) {
                        wordLookalikes++;
                    } else if (!isSeparator(c)) {
                        numberLike = false;
                    }
                    wordEnd++;
                }
                if (!numberLike || wordDigits == 0 || wordEnd == j) {
                    break;
                }
                digits += wordDigits + wordLookalikes;
                lookalikes += wordLookalikes;
                j = wordEnd < n ? wordEnd + 1 : wordEnd;
            }
            if (j > runStart && lookalikes > 0 && digits >= MIN_DIGITS) {
                if (out == null) {
                    out = s.toCharArray();
                }
                for (int k = runStart; k < j; k++) {
                    char c = s.charAt(k);
                    if (c == 'O' || c == 'o') {
                        out[k] = '0';
                    } else if (c == 'I' || c == 'l' || c == '|') {
                        out[k] = '1';
                    }
                }
            }
            if (j > runStart) {
                i = j;
            } else {
                // skip the word that ended the run
                while (i < n && s.charAt(i) != ' ') {
                    i++;
                }
                i++;
            }
        }
        return out == null ? s : new String(out);
    }

    private static boolean hasLookalike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLookalike(c) && (i > 0 && Chars.isDigit(s.charAt(i - 1))
                    || i + 1 < s.length() && Chars.isDigit(s.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLookalike(char c) {
        return c == 'O' || c == 'o' || c == 'I' || c == 'l' || c == '|';
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+' || c == ',' || c == ':';
    }
}
