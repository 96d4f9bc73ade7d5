package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small character tests and matcher set-up shared by the detectors. */
final class Chars {

    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiAlnum(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Whether {@code i} is the first digit of a run of digits. */
    static boolean startsDigitRun(String s, int i) {
        return isDigit(s.charAt(i)) && (i == 0 || !isDigit(s.charAt(i - 1)));
    }

    /** Whether {@code i} is the first letter of a word. */
    static boolean startsWord(String s, int i) {
        return Character.isLetter(s.charAt(i)) && (i == 0 || !Character.isLetter(s.charAt(i - 1)));
    }

    /**
     * The word just before offset {@code i}, lower case, skipping spaces and the punctuation that separates a
     * label from its value ({@code "zaaknummer: 0123"}, {@code "bijlage B"}); empty when there is none.
     */
    static String wordBefore(String s, int i) {
        int end = i;
        while (end > 0 && isLabelSeparator(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The offset where {@link #wordBefore} starts looking for the word before that one. */
    static int startOfWordBefore(String s, int i) {
        int end = i;
        while (end > 0 && isLabelSeparator(s.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && Character.isLetter(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isLabelSeparator(char c) {
        return Character.isSpaceChar(c) || c == ':' || c == '.' || c == '#' || c == '°' || c == '(';
    }

    /**
     * A matcher that is applied at chosen offsets with {@code region(i, n).lookingAt()}; its look-behinds see
     * the text before the region.
     */
    static Matcher anchoredMatcher(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /** Whether the pattern matches at offset {@code i}; the match is then available from {@code m}. */
    static boolean matchesAt(Matcher m, int i, int n) {
        m.region(i, n);
        return m.lookingAt();
    }
}
