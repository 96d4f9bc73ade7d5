package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode on its own ({@code 2511 DP}, {@code 2511dp}, {@code 2511 dp}): a six-position postcode covers a
 * few dozen addresses, so next to anything else in an incident description it points at a person. (A postcode with a
 * house number is an address, found by {@link PostcodeHuisnummerDetector} first.) Postcodes never start with 0 and
 * never use the letter pairs SA, SD or SS.
 *
 * <p>Four digits and two letters are also how a year is followed by a word or abbreviation: {@code in 2024 op 12
 * locaties}, {@code 2024 OM-breed}, {@code 1500 km}. So, unless a label says it is a postcode ({@code postcode},
 * {@code pc}), a candidate is not taken when its letters are a unit ({@code km}, {@code MB}); when, written apart in
 * small letters, they are a two-letter Dutch or English word ({@code op}, {@code en}, {@code in}); or when,
 * written apart in capitals after a year (1950-2099), they are a listed abbreviation ({@code OM}, {@code EU},
 * {@code AZ}). A postcode after {@code Postbus} or {@code Antwoordnummer} is an organisation's, not a home, and
 * a hyphen between digits and letters ({@code 2024-AB}) or a space between the letters ({@code 2511 D P}) only
 * counts after a label.
 */
final class PostcodeDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\d\\-/.,€$+#])([1-9]\\d{3})(\\h?-\\h?|\\h?)([A-Za-z]\\h?[A-Za-z])(?![\\p{L}\\d])");

    private static final Set<String> LABELS = Set.of("postcode", "pc", "postcodegebied", "postcodes", "zip");

    /** Units written after a number. */
    private static final Set<String> UNITS = Set.of("kg", "km", "cm", "mm", "dm", "ml", "cl", "dl", "mg", "gr", "mb",
            "gb", "kb", "tb", "kw", "mw", "gw", "pk", "ha", "hz", "ms", "st", "ct", "uu", "pp", "pg", "nm", "mu");

    /** Two-letter words that follow a number in ordinary sentences ("in 2024 op 12 locaties"). */
    private static final Set<String> WORDS = Set.of("op", "en", "de", "in", "te", "of", "om", "is", "na", "al",
            "ik", "je", "we", "ze", "er", "nu", "zo", "uw", "id", "la", "pa", "ma", "ca", "ja", "ok", "no", "nr", "vs",
            "eu", "nl", "hr", "it", "mt", "pm", "am", "ad", "bv", "nv", "cq", "ie", "ea", "eo", "zn", "sr", "jr", "an",
            "as", "at", "be", "by", "do", "go", "he", "if", "me", "my", "on", "or", "so", "to", "up", "us", "du", "el",
            "le", "et", "da", "di", "tm", "dd", "km", "ex", "ed", "ww", "wo", "vo", "po", "ho");

    /** Capitals that follow a year ("2024 EU-breed", "in 2023 NL"), besides the abbreviations of organisations. */
    private static final Set<String> AFTER_YEAR = Set.of("NL", "EU", "VS", "VN", "UK", "US", "MT", "HR", "IT", "AI",
            "OR", "DG", "SG", "BV", "NV", "PO", "VO", "HO", "WO", "ICT", "Q", "HJ", "KW", "WK", "TK", "EK", "CV");

    private final Set<String> afkortingen;

    PostcodeDetector(Lijsten lijsten) {
        this.afkortingen = lijsten.afkortingen;
    }

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.POSTCODE;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 4) {
            return false;
        }
        boolean found = false;
        String value = text.value();
        Matcher m = Chars.anchoredMatcher(CANDIDATE, value);
        int n = value.length();
        for (int i = 0; i + 6 <= n; i++) {
            // cheap test before the pattern: exactly four digits, then a letter within three characters
            if (Chars.startsDigitRun(value, i) && value.charAt(i) != '0' && fourDigitsThenLetter(value, i)
                    && Chars.matchesAt(m, i, n) && isPostcode(value, m)) {
                text.blank(i, m.end());
                found = true;
                i = m.end() - 1;
            }
        }
        return found;
    }

    private static boolean fourDigitsThenLetter(String s, int i) {
        int n = s.length();
        if (i + 4 >= n || !Chars.isDigit(s.charAt(i + 1)) || !Chars.isDigit(s.charAt(i + 2))
                || !Chars.isDigit(s.charAt(i + 3)) || Chars.isDigit(s.charAt(i + 4))) {
            return false;
        }
        for (int j = i + 4; j < n && j <= i + 7; j++) {
            char c = s.charAt(j);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                return true;
            }
            if (c != ' ' && c != '-' && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return false;
    }

    private boolean isPostcode(String value, Matcher m) {
        String letters = m.group(3).replace(" ", "");
        boolean apart = letters.length() < m.group(3).length(); // "2511 D P": only after a label
        String upper = letters.toUpperCase(Locale.ROOT);
        if (upper.equals("SA") || upper.equals("SD") || upper.equals("SS")) {
            return false;
        }
        String before = value.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
        if (before.contains("postbus") || before.contains("antwoordnummer")) {
            return false;
        }
        if (LABELS.contains(Chars.wordBefore(value, m.start()))) {
            return true;
        }
        String separator = m.group(2);
        if (apart || separator.indexOf('-') >= 0) {
            return false;
        }
        String lower = letters.toLowerCase(Locale.ROOT);
        if (UNITS.contains(lower)) {
            return false;
        }
        if (separator.isEmpty()) {
            return true; // "2511DP", "2511dp": nothing else is written like this
        }
        if (!letters.equals(upper)) {
            return !WORDS.contains(lower);
        }
        int number = Integer.parseInt(m.group(1));
        boolean year = number >= 1950 && number <= 2099;
        return !(year && (AFTER_YEAR.contains(upper) || afkortingen.contains(upper)));
    }
}
