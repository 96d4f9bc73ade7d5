package nl.jbr.integriteit.normalise;

/**
 * A leading letter code of a category or subcategory label, in any of the written forms {@code c},
 * {@code C}, {@code c.}, {@code c)}, {@code c.)}, {@code (c)}, {@code c -}, {@code c:}, {@code Categorie c:},
 * followed by text or nothing. A letter is a code only when a delimiter or the end of the text follows it,
 * so words that merely start with a letter ("aannemen") are not codes; nor is a letter joined to a word by a
 * hyphen ("e-mail").
 *
 * @param letter the lower-case letter, or null when the label has no letter code
 * @param rest   the text after the code (or the whole text when there is none), trimmed
 */
record LetterCode(String letter, String rest) {

    private static final String CATEGORIE = "categorie";

    /** Parses {@code text} (not null); only letters {@code a} up to {@code laatste} count as codes. */
    static LetterCode lees(String text, char laatste) {
        String s = text.strip();
        int i = overslaan(s, 0);
        if (s.regionMatches(true, i, CATEGORIE, 0, CATEGORIE.length())
                && (i + CATEGORIE.length() == s.length() || !Character.isLetterOrDigit(s.charAt(i + CATEGORIE.length())))) {
            int na = overslaan(s, i + CATEGORIE.length());
            if (letterAan(s, na, laatste)) {
                i = na;
            }
        }
        if (!letterAan(s, i, laatste)) {
            return new LetterCode(null, s);
        }
        String letter = String.valueOf(Character.toLowerCase(s.charAt(i)));
        return new LetterCode(letter, s.substring(overslaan(s, i + 1)).strip());
    }

    /**
     * The first other letter code inside {@code text}: a letter {@code a}..{@code laatste} standing alone
     * ("a/b", "a en b", "(a) en (b)", "a. Fraude en b. ..."), not one joined to a word by a hyphen ("e-mail");
     * null when there is none.
     */
    static String andereCode(String text, String letter, char laatste) {
        for (int i = 0; i < text.length(); i++) {
            boolean begin = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                    && !(text.charAt(i - 1) == '-' && i >= 2 && Character.isLetter(text.charAt(i - 2)));
            if (begin && letterAan(text, i, laatste)) {
                String code = String.valueOf(Character.toLowerCase(text.charAt(i)));
                if (!code.equals(letter)) {
                    return code;
                }
            }
        }
        return null;
    }

    private static boolean letterAan(String s, int i, char laatste) {
        if (i >= s.length()) {
            return false;
        }
        char c = Character.toLowerCase(s.charAt(i));
        if (c < 'a' || c > laatste) {
            return false;
        }
        if (i + 1 == s.length()) {
            return true;
        }
        char volgend = s.charAt(i + 1);
        if (Character.isLetterOrDigit(volgend)) {
            return false;
        }
        // "e-mail": a hyphen that joins the letter to a word makes it part of that word
        return !(volgend == '-' && i + 2 < s.length() && Character.isLetter(s.charAt(i + 2)));
    }

    /** The index of the first letter or digit at or after {@code i}. */
    private static int overslaan(String s, int i) {
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
