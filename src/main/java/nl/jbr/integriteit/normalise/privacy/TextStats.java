package nl.jbr.integriteit.normalise.privacy;

/**
 * Character statistics gathered in one pass over the text, so that detectors can skip texts that cannot
 * possibly hold what they look for (most incident descriptions hold no digits, no '@' and no '.' after a capital).
 *
 * @param digits      number of ASCII digits
 * @param at          whether the text holds an '@' or a bracket (possible obfuscated e-mail address)
 * @param capitalDot  whether an upper-case letter is followed by '.' within two characters (possible initials)
 */
record TextStats(int digits, boolean at, boolean capitalDot) {

    static TextStats of(String text) {
        int digits = 0;
        boolean at = false;
        boolean capitalDot = false;
        char previous = 0;
        char beforePrevious = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@' || c == '[' || c == '(' || c == '{' || c == '<') {
                at = true;
            } else if (c == '.' && (Character.isUpperCase(previous) || Character.isUpperCase(beforePrevious))) {
                capitalDot = true;
            }
            beforePrevious = previous;
            previous = c;
        }
        return new TextStats(digits, at, capitalDot);
    }
}
