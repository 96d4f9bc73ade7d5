package nl.jbr.integriteit.normalise.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Letters written apart so that no word list matches them: {@code J A N S E N}, {@code J.A.N.S.E.N.},
 * {@code M-A-R-I-E-K-E}, {@code J_A_N_S_E_N}, {@code j . j a n s e n @ m i n b z k . n l}. A run of at least three
 * single characters, each separated from the next by the same single separator, is joined into one word; two
 * spaces between runs stay a word break ({@code p i e t e r  b a k k e r} is "pieter bakker", and next to such a
 * run two letters are a word too: {@code D E  V R I E S}). In a run separated by spaces, '@' and '.' count as
 * characters too. At least one letter is needed: spaced digits are read by the detectors themselves. Only for
 * screening: joined initials ({@code J.P.M.}) read worse, but the text as written is screened as well.
 */
final class GespatieerdeLetters {

    private static final int MINIMUM = 3;

    private GespatieerdeLetters() {
    }

    /** Single characters at offsets {@code start, start + 2, ..., last}. */
    private record Run(int start, int last, boolean letter) {

        int items() {
            return (last - start) / 2 + 1;
        }
    }

    static String join(String s) {
        List<Run> runs = runs(s);
        if (runs.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int copied = 0;
        boolean changed = false;
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            boolean joined = run.letter() && (run.items() >= MINIMUM
                    || r > 0 && wordBreakBetween(s, runs.get(r - 1), run)
                    || r + 1 < runs.size() && wordBreakBetween(s, run, runs.get(r + 1)));
            if (!joined) {
                continue;
            }
            sb.append(s, copied, run.start());
            for (int k = run.start(); k <= run.last(); k += 2) {
                sb.append(s.charAt(k));
            }
            copied = run.last() + 1;
            changed = true;
        }
        if (!changed) {
            return s;
        }
        return sb.append(s, copied, s.length()).toString().replaceAll(" {2,}", " ");
    }

    /** Two runs of spaced letters with two or three spaces between them: two words. */
    private static boolean wordBreakBetween(String s, Run a, Run b) {
        int gap = b.start() - a.last() - 1;
        if (gap < 2 || gap > 3 || s.charAt(a.start() + 1) != ' ' || s.charAt(b.start() + 1) != ' ') {
            return false;
        }
        for (int k = a.last() + 1; k < b.start(); k++) {
            if (s.charAt(k) != ' ') {
                return false;
            }
        }
        return a.items() + b.items() >= MINIMUM + 1;
    }

    /** Every run of at least two single characters with one separator between them. */
    private static List<Run> runs(String s) {
        int n = s.length();
        List<Run> runs = new ArrayList<>(0);
        for (int i = 0; i + 2 < n; i++) {
            char sep = s.charAt(i + 1);
            if (!isSeparator(sep) || !isItem(s.charAt(i), sep) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))
                    || (i > 0 && s.charAt(i - 1) == sep && sep != ' ')) {
                continue;
            }
            int last = i;
            boolean letter = Character.isLetter(s.charAt(i));
            while (last + 2 < n && s.charAt(last + 1) == sep && isItem(s.charAt(last + 2), sep)
                    && (last + 3 >= n || !Character.isLetterOrDigit(s.charAt(last + 3)))) {
                last += 2;
                letter |= Character.isLetter(s.charAt(last));
            }
            if (last > i) {
                runs.add(new Run(i, last, letter));
            }
            i = last;
        }
        return runs;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '/' || c == '|' || c == '+';
    }

    private static boolean isItem(char c, char sep) {
        return Character.isLetterOrDigit(c) || (sep == ' ' && (c == '@' || c == '.'));
    }
}
