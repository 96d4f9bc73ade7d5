package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs of any country, compact ({@code NL91ABNA0417164300}) or in groups ({@code NL91 ABNA 0417 1643 00}),
 * flagged only when they have the country's length and pass the mod-97 check, so a mistyped or invented number
 * is not reported. Something shaped like an IBAN that fails the check is still blanked, so that its account
 * number ({@code 0417 1643 01}) is not reported as a telephone number either.
 */
final class IbanDetector implements Detector {

    /** Country code and check digits at the start of a word. */
    private static final Pattern START = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2}\\d{2}");

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
        Matcher m = START.matcher(value);
        int from = 0;
        while (from < value.length() && m.find(from)) {
            StringBuilder compact = new StringBuilder(34);
            int end = ibanShapeEnd(value, m.start(), compact);
            if (end > 0) {
                text.blank(m.start(), end);
                found |= Iban.mod97Valid(compact);
                from = end;
            } else {
                from = m.end();
            }
        }
        return found;
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
            if (i < n && value.charAt(i) == ' ' && i + 1 < n && isAlnum(value.charAt(i + 1))) {
                i++; // one space between groups
            }
            if (i >= n || !isAlnum(value.charAt(i))) {
                return -1;
            }
            compact.append(Character.toUpperCase(value.charAt(i)));
            i++;
        }
        if (i < n && isAlnum(value.charAt(i))) {
            return -1; // longer than an IBAN of this country
        }
        return i;
    }

    private static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
