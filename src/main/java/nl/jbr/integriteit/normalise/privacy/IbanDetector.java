package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;

/**
 * IBANs of any country, compact ({@code NL91ABNA0417164300}) or in groups of four
 * ({@code NL91 ABNA 0417 1643 00}),
 * flagged only when they have the country's length and pass the mod-97 check, so a mistyped or invented number
 * is not reported. Something shaped like an IBAN that fails the check is still blanked, so that its account
 * number ({@code 0417 1643 01}) is not reported as a telephone number either.
 */
final class IbanDetector implements Detector {

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.IBAN;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 4) {
            return false;
        }
        String value = text.value();
        boolean found = false;
        int n = value.length();
        for (int i = 0; i + 3 < n; i++) {
            if (isStart(value, i)) {
                StringBuilder compact = new StringBuilder(34);
                int end = ibanShapeEnd(value, i, compact);
                if (end > 0) {
                    text.blank(i, end);
                    found |= Iban.mod97Valid(compact);
                    i = end - 1;
                }
            }
        }
        return found;
    }

    /** Two letters and two digits at the start of a word: a country code and check digits. */
    private static boolean isStart(String s, int i) {
        return Chars.isDigit(s.charAt(i + 2)) && Chars.isDigit(s.charAt(i + 3))
                && isLetter(s.charAt(i)) && isLetter(s.charAt(i + 1))
                && (i == 0 || !Chars.isAsciiAlnum(s.charAt(i - 1)));
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * The end offset of something shaped like an IBAN (a known country, its exact length) starting at
     * {@code start}, or -1; its characters, upper case and without spaces, are appended to {@code compact}.
     */
    private static int ibanShapeEnd(String value, int start, StringBuilder compact) {
        String country = value.substring(start, start + 2).toUpperCase(Locale.ROOT);
        int length = Iban.length(country);
        if (length == 0) {
            return -1;
        }
        compact.append(country).append(value, start + 2, start + 4);
        int i = start + 4;
        int n = value.length();
        while (compact.length() < length) {
            if (compact.length() % 4 == 0 && i + 1 < n && Character.isSpaceChar(value.charAt(i))
                    && Chars.isAsciiAlnum(value.charAt(i + 1))) {
                i++; // one space between groups of four, as IBANs are printed
            }
            if (i >= n || !Chars.isAsciiAlnum(value.charAt(i))) {
                return -1;
            }
            compact.append(Character.toUpperCase(value.charAt(i)));
            i++;
        }
        if (i < n && Chars.isAsciiAlnum(value.charAt(i))) {
            return -1; // longer than an IBAN of this country
        }
        return i;
    }

}
