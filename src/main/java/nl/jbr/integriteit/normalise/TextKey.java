package nl.jbr.integriteit.normalise;

import java.text.Normalizer;

/**
 * The one matching key for header names and code-list values (contract section 3): lower-case, accents
 * stripped (NFD, combining marks dropped), every run of whitespace, punctuation, {@code _} or {@code -}
 * becomes one space, trimmed. {@code "Toelichting afronding"} and {@code "toelichting_afronding"} give the
 * same key.
 */
public final class TextKey {

    private TextKey() {
    }

    /** The key of {@code text}; {@code null} gives the empty string. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(s.length());
        boolean separator = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue; // accents and invisible characters (BOM, zero-width space) vanish
            }
            if (Character.isLetterOrDigit(cp)) {
                if (separator && !key.isEmpty()) {
                    key.append(' ');
                }
                separator = false;
                key.appendCodePoint(Character.toLowerCase(cp));
            } else {
                separator = true;
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
