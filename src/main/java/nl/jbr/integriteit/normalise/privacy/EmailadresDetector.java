package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Pattern;

/**
 * E-mail addresses, also in the obfuscated forms people use to dodge filters: {@code j.jansen [at] minbzk.nl},
 * {@code j.jansen(at)minbzk(punt)nl}, {@code j.jansen(a)minbzk.nl}, {@code jansen apenstaartje minbzk punt nl}.
 * The bare word "at" between two words only counts when followed by a domain under a common top-level domain
 * ("hij at brood" is Dutch for eating).
 */
final class EmailadresDetector implements Detector {

    private static final String LOCAL = "(?<![\\w.%+-])[\\w%+-][\\w.%+-]*+";
    private static final String DOT =
            "(?:\\h?\\.\\h?|\\s*[\\[({<]\\s*(?:\\.|(?i:dot|punt))\\s*[\\])}>]\\s*|\\h+(?i:dot|punt)\\h+)";
    /** A dot written as a word: "punt", "dot", "[.]". */
    private static final String WORD_DOT =
            "(?:\\s*[\\[({<]\\s*(?:\\.|(?i:dot|punt))\\s*[\\])}>]\\s*|\\h+(?i:dot|punt)\\h+)";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?";

    /** Plain or bracketed '@'. */
    private static final Pattern EMAIL = Pattern.compile(
            LOCAL
            + "(?:\\s*@\\s*|\\s*[\\[({<]\\s*(?i:at|a|@|apenstaartje)\\s*[\\])}>]\\s*)"
            + "(?:" + LABEL + DOT + "){1,10}" + "[A-Za-z]{2,24}(?![\\w-])");

    /** The bare word "at" or "apenstaartje", only with a common top-level domain. */
    private static final Pattern EMAIL_BARE_AT = Pattern.compile(
            LOCAL
            + "\\s+(?i:at|apenstaartje)\\s+"
            + "(?:" + LABEL + DOT + "){1,10}" + "(?i:nl|com|org|net|eu|be|info|nu|gov|edu)(?![\\w-])");

    /**
     * The Dutch word "op" for the '@' ({@code j.jansen op minbzk punt nl}): only with a dot written as a word, or
     * a local part that looks like an address (a dot, digit or underscore in it), so that "advertentie op
     * marktplaats.nl" is not an address.
     */
    private static final Pattern EMAIL_OP = Pattern.compile(
            "(?<![\\w.%+-])(?:[\\w%+-]+[._\\d][\\w.%+-]*+\\s+(?i:op)\\s+(?:" + LABEL + DOT + "){1,10}"
            + "|[\\w%+-][\\w.%+-]*+\\s+(?i:op)\\s+(?:" + LABEL + DOT + "){0,9}" + LABEL + WORD_DOT + ")"
            + "(?i:nl|com|org|net|eu|be|info|nu|gov|edu|de|fr|uk)(?![\\w-])");

    /** An '@' between two words without spaces and without a domain ending: {@code j.jansen@minbzk}. */
    private static final Pattern EMAIL_NO_TLD = Pattern.compile("[\\w.%+-]\\w@[A-Za-z][\\w-]+");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.EMAILADRES;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        boolean found = false;
        if (stats.maybeEmail()) {
            found |= text.blankAll(EMAIL);
            found |= text.blankAll(EMAIL_BARE_AT);
            found |= text.blankAll(EMAIL_NO_TLD);
        }
        String value = text.value();
        if (stats.contains(" op ") && (stats.contains("punt", "dot") || hasDotBetweenLetters(value))) {
            found |= text.blankAll(EMAIL_OP);
        }
        return found;
    }

    private static boolean hasDotBetweenLetters(String s) {
        for (int i = s.indexOf('.'); i > 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            if (Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
