package nl.jbr.integriteit.normalise.privacy;

/**
 * Character statistics gathered in one pass over the text, so that detectors can skip texts that cannot
 * possibly hold what they look for (most incident descriptions hold no '@' and few digits).
 *
 * @param digits     number of ASCII digits
 * @param maybeEmail whether the text holds an '@', a bracket, the word "at" or "apenstaartje" (a possible,
 *                   perhaps obfuscated, e-mail address)
 * @param capitalDot whether an upper-case letter is followed by '.' within two characters (possible initials)
 * @param lower      the text in lower case (for cheap {@code contains} tests before a pattern is run)
 */
record TextStats(int digits, boolean maybeEmail, boolean capitalDot, String lower) {

    /** Whether the lower-case text contains any of the words. */
    boolean contains(String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static TextStats of(String text) {
        int digits = 0;
        boolean maybeEmail = false;
        boolean capitalDot = false;
        char previous = ' ';
        char beforePrevious = ' ';
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@' || c == '[' || c == '(' || c == '{' || c == '<') {
                maybeEmail = true;
            } else if (c == '.') {
                capitalDot |= Character.isUpperCase(previous) || Character.isUpperCase(beforePrevious);
            } else if ((c == 'a' || c == 'A') && Character.isWhitespace(previous) && !maybeEmail) {
                maybeEmail = isWordAt(text, i);
            }
            beforePrevious = previous;
            previous = c;
        }
        return new TextStats(digits, maybeEmail, capitalDot, text.toLowerCase(java.util.Locale.ROOT));
    }

    /** "at" or "apenstaartje" as a whole word at {@code i}. */
    private static boolean isWordAt(String text, int i) {
        int n = text.length();
        if (i + 2 < n && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
                && Character.isWhitespace(text.charAt(i + 2))) {
            return true;
        }
        return text.regionMatches(true, i, "apenstaartje", 0, 12);
    }
}
