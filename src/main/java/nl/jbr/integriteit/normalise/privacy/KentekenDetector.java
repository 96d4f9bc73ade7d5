package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Pattern;

/**
 * Dutch licence plates (kentekens) in the fourteen side codes of the RDW ({@code AB-12-34}, {@code 12-ABC-3},
 * {@code 1-ABC-23}, {@code AB-123-C}, {@code GJ-123-X} ...), in upper or lower case. Written with dashes they are
 * recognised anywhere, provided the letters are those the RDW issues (no vowels and no C, Q, W or Y in current
 * plates, which keeps abbreviations such as {@code OM-12-34} out); without dashes ({@code AB123C}, {@code AB 123 C})
 * only after the word {@code kenteken}.
 */
final class KentekenDetector implements Detector {

    /** Letters on current plates. */
    private static final String L = "[BDFGHJKLMNPRSTVXZbdfghjklmnprstvxz]";

    /** The fourteen side codes; '~' stands for the separator. */
    private static final String SIDE_CODES =
            "(?:" + L + "{2}~\\d{2}~\\d{2}|\\d{2}~\\d{2}~" + L + "{2}|\\d{2}~" + L + "{2}~\\d{2}|"
            + L + "{2}~\\d{2}~" + L + "{2}|" + L + "{2}~" + L + "{2}~\\d{2}|\\d{2}~" + L + "{2}~" + L + "{2}|"
            + "\\d{2}~" + L + "{3}~\\d|\\d~" + L + "{3}~\\d{2}|" + L + "{2}~\\d{3}~" + L + "|"
            + L + "~\\d{3}~" + L + "{2}|" + L + "{3}~\\d{2}~" + L + "|" + L + "~\\d{2}~" + L + "{3}|"
            + "\\d~" + L + "{2}~\\d{3}|\\d{3}~" + L + "{2}~\\d)";

    private static final Pattern DASHED = Pattern.compile(
            "(?<![\\w-])" + SIDE_CODES.replace("~", "\\h?-\\h?") + "(?![\\w]|-\\w)");

    /** After the word "kenteken": any letters, dashes, spaces or nothing between the groups. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i:kenteken(?:nummer|plaat)?|nummerbord)\\h*(?:nr\\.?|nummer)?\\h*[:.]?\\h*"
            + "(?:van\\h+(?:de|het|zijn|haar)\\h+\\w+\\h+)?"
            + SIDE_CODES.replace(L, "[A-Za-z]").replace("~", "[\\h-]?") + "(?![\\w])");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.KENTEKEN;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 1) {
            return false;
        }
        boolean found = stats.contains("kenteken", "nummerbord") && text.blankAll(LABELLED);
        if (hasLetterDigitDash(text.value())) {
            found |= text.blankAll(DASHED);
        }
        return found;
    }

    /** Every side code has a dash between a letter and a digit: "AB-12", "12-AB". */
    private static boolean hasLetterDigitDash(String s) {
        for (int i = s.indexOf('-'); i > 0 && i + 1 < s.length(); i = s.indexOf('-', i + 1)) {
            char before = s.charAt(i - 1) == ' ' && i > 1 ? s.charAt(i - 2) : s.charAt(i - 1);
            char after = s.charAt(i + 1) == ' ' && i + 2 < s.length() ? s.charAt(i + 2) : s.charAt(i + 1);
            if (Chars.isDigit(before) && Character.isLetter(after) || Character.isLetter(before) && Chars.isDigit(after)) {
                return true;
            }
        }
        return false;
    }
}
