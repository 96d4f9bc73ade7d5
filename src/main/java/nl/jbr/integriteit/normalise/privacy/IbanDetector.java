package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;

/**
 * IBANs of any country, compact ({@code NL91ABNA0417164300}), in groups of four
 * ({@code NL91 ABNA 0417 1643 00}) or grouped otherwise with spaces, dots, dashes or slashes
 * ({@code NL91-ABNA-041716-4300}, {@code NL 91.ABNA.0417.1643.00}),
 * flagged only when they have the country's length and pass the mod-97 check, so a mistyped or invented number
 * is not reported. Something shaped like an IBAN that fails the check is still blanked, so that its account
 * number ({@code 0417 1643 01}) is not reported as a telephone number either.
 */
final class IbanDetector implements Detector {

    private static final java.util.regex.Pattern NL_SHAPE =
            java.util.regex.Pattern.compile("[A-Z]{2}\\d{2}[A-Z]{4}\\d{10}");
    private static final java.util.regex.Pattern LABEL =
            java.util.regex.Pattern.compile("(?i:iban|rekening|rekeningnummer|bankrekening|rek\\.?\\h?nr)\\W*$");

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
                boolean[] regular = {true};
                int end = ibanShapeEnd(value, i, compact, regular);
                // "de 12 maart ...": a lower-case word followed by other words is only a country code when what
                // follows has the shape of a Dutch IBAN or a label says so
                boolean lowerIrregular = !regular[0] && !Character.isUpperCase(value.charAt(i));
                boolean valid = end > 0 && Iban.mod97Valid(compact) && (!lowerIrregular
                        || NL_SHAPE.matcher(compact).matches() || LABEL.matcher(value.substring(Math.max(0, i - 25), i)).find());
                if (valid || (end > 0 && regular[0])) {
                    // an invalid IBAN in the printed shape is blanked too: its account number is not a phone number
                    text.blank(i, end);
                    found |= valid;
                    i = end - 1;
                }
            }
        }
        return found;
    }

    /** Two letters at the start of a word, then (after separators) two digits: a country code and check digits. */
    private static boolean isStart(String s, int i) {
        if (!isLetter(s.charAt(i)) || !isLetter(s.charAt(i + 1)) || (i > 0 && Chars.isAsciiAlnum(s.charAt(i - 1)))) {
            return false;
        }
        int j = skipSeparators(s, i + 2);
        return j + 1 < s.length() && Chars.isDigit(s.charAt(j)) && Chars.isDigit(s.charAt(j + 1));
    }

    /** Skips up to three separator characters (space, '.', '-', '/') when an alphanumeric character follows. */
    private static int skipSeparators(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n && j - i < 3 && isSeparator(s.charAt(j))) {
            j++;
        }
        return j > i && j < n && Chars.isAsciiAlnum(s.charAt(j)) ? j : i;
    }

    private static boolean isSeparator(char c) {
        return Character.isSpaceChar(c) || c == '.' || c == '-' || c == '/';
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * The end offset of something shaped like an IBAN (a known country, its exact length) starting at
     * {@code start}, or -1; its characters, upper case and without spaces, are appended to {@code compact}.
     */
    private static int ibanShapeEnd(String value, int start, StringBuilder compact, boolean[] regular) {
        String country = value.substring(start, start + 2).toUpperCase(Locale.ROOT);
        int length = Iban.length(country);
        if (length == 0) {
            return -1;
        }
        compact.append(country);
        int i = start + 2;
        int n = value.length();
        while (compact.length() < length) {
            int next = skipSeparators(value, i); // IBANs are written in groups of four, or any other grouping
            if (next > i && !(next == i + 1 && value.charAt(i) != '-' && value.charAt(i) != '.'
                    && value.charAt(i) != '/' && compact.length() % 4 == 0)) {
                regular[0] = false;
            }
            i = next;
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
