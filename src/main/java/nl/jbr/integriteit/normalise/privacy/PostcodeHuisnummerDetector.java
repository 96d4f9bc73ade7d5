package nl.jbr.integriteit.normalise.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Home addresses: a Dutch postcode followed by a house number ({@code 2511 AB 12}, {@code 2511AB, 12},
 * {@code 2511 AB nr. 12a}), or a street name followed by a house number ({@code Kerkstraat 12},
 * {@code Kerkstraat 12, 2511 AB}), or a house number followed by a postcode ({@code Turfmarkt 147, 2511 DP}; not
 * after {@code Postbus}). A postcode on its own ({@code 2511 AB Den Haag}) is not flagged: it points
 * at a street, not at a person, and "2024 OM" is more often a year and an abbreviation than a postcode.
 * Postcode letters are never SA, SD or SS.
 */
final class PostcodeHuisnummerDetector implements Detector {

    private static final String HOUSE_NUMBER_REGEX =
            "\\d{1,5}(?:\\h?[A-Za-z](?![\\p{L}\\d])|\\h?-\\h?\\d{1,4}(?!\\d))?(?![\\d%‰]|[.,]\\d)";

    private static final Pattern POSTCODE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d\\-/.,])[1-9]\\d{3}(?:\\h?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2})(?![\\p{L}\\d])"
            + "\\h*,?\\h*(?:(?i:nr|nummer|huisnummer)\\.?\\h*)?" + HOUSE_NUMBER_REGEX);

    private static final Pattern HOUSE_NUMBER = Pattern.compile(HOUSE_NUMBER_REGEX);

    /** A house number followed by a postcode: {@code 147, 2511 DP}. */
    private static final Pattern NUMBER_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\d\\-/.,])\\d{1,5}(?:\\h?[A-Za-z])?\\h*,?\\h+"
            + "[1-9]\\d{3}\\h?(?!S[ADS])[A-Z]{2}(?![\\p{L}\\d])");

    /** Words before a number that make it a P.O. box, not a home. */
    private static final Set<String> POSTBUS = Set.of("postbus", "antwoordnummer", "pb");

    /** How Dutch street names end. */
    private static final List<String> STREET_SUFFIXES = List.of(
            "straat", "laan", "weg", "plein", "gracht", "kade", "singel", "dijk", "dreef", "steeg", "plantsoen",
            "boulevard", "markt", "pad");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.POSTCODE_HUISNUMMER;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 1) {
            return false;
        }
        String value = text.value();
        boolean found = false;
        int n = value.length();
        Matcher postcode = Chars.anchoredMatcher(POSTCODE_NUMBER, value);
        Matcher number = Chars.anchoredMatcher(HOUSE_NUMBER, value);
        Matcher numberPostcode = Chars.anchoredMatcher(NUMBER_POSTCODE, value);
        for (int i = 0; i < n; i++) {
            if (!Chars.startsDigitRun(value, i)) {
                continue;
            }
            if (stats.digits() >= 5 && value.charAt(i) != '0' && Chars.matchesAt(postcode, i, n)) {
                text.blank(i, postcode.end());
                found = true;
                i = postcode.end() - 1;
                continue;
            }
            if (stats.digits() >= 5 && Chars.matchesAt(numberPostcode, i, n)
                    && !POSTBUS.contains(Chars.wordBefore(value, i))) {
                int street = streetStart(value, i);
                text.blank(street >= 0 ? street : i, numberPostcode.end());
                found = true;
                i = numberPostcode.end() - 1;
                continue;
            }
            int street = streetStart(value, i);
            if (street >= 0 && Chars.matchesAt(number, i, n)) {
                text.blank(street, number.end());
                found = true;
                i = number.end() - 1;
            }
        }
        return found;
    }

    /**
     * The start of a capitalised street name ({@code Kerkstraat}, {@code Prinses Beatrixlaan}: only the last
     * word) that ends just before the spaces before offset {@code i}, or -1.
     */
    private static int streetStart(String s, int i) {
        int end = i;
        while (end > 0 && Character.isSpaceChar(s.charAt(end - 1))) {
            end--;
        }
        if (end == i || end == 0) {
            return -1;
        }
        String suffix = null;
        for (String candidate : STREET_SUFFIXES) {
            if (end >= candidate.length() && s.regionMatches(end - candidate.length(), candidate, 0,
                    candidate.length())) {
                suffix = candidate;
                break;
            }
        }
        if (suffix == null) {
            return -1;
        }
        int start = end - suffix.length();
        while (start > 0 && isNamePart(s.charAt(start - 1))) {
            start--;
        }
        return start < end - suffix.length() && Character.isUpperCase(s.charAt(start)) ? start : -1;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }
}
