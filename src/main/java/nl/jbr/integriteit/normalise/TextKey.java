package nl.jbr.integriteit.normalise;

import java.nio.charset.StandardCharsets;
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
        String ascii = ascii(text);
        return ascii != null ? ascii : algemeen(text);
    }

    /** The key by code point classification, for any text (what {@link #ascii} gives for ASCII text, faster). */
    static String algemeen(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
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

    /**
     * The same key for ASCII text, without code point classification: letters and digits are kept (lower case), every
     * other character is a separator. Returns the text itself when it already is its key (no copy), and {@code null}
     * when the text is not ASCII.
     */
    static String ascii(String text) {
        int n = text.length();
        boolean alSleutel = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            if (alSleutel) {
                boolean spatieTussen = c == ' ' && i > 0 && i < n - 1 && text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ';
                alSleutel = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || spatieTussen;
            }
        }
        if (alSleutel) {
            return text;
        }
        // ASCII: one byte per character, and the string is made from them without a builder
        byte[] key = new byte[n];
        int k = 0;
        boolean separator = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean letterOfCijfer = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOfCijfer) {
                // the ASCII controls of type FORMAT do not exist; every other non-alphanumeric ASCII character separates
                separator = true;
                continue;
            }
            if (separator && k > 0) {
                key[k++] = ' ';
            }
            separator = false;
            key[k++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(key, 0, k, StandardCharsets.ISO_8859_1);
    }
}
