package nl.jbr.integriteit.normalise.privacy;

import java.text.Normalizer;

/**
 * Brings a text into one form before it is screened, so that personal data cannot slip through in a disguise that
 * a reader still recognises: Unicode compatibility composition (NFKC: full-width {@code ＠} and {@code ０６} become
 * {@code @} and {@code 06}, ligatures are split), invisible characters (zero-width space and joiners, soft hyphen,
 * byte order mark, direction marks) removed, combining marks that NFKC could not join to their letter removed
 * (a line under or through every letter of a name; an accented letter that exists as one character, such as {@code é},
 * stays), Cyrillic and Greek look-alikes made Latin ({@link Homoglyfen}), every kind of space made a plain space,
 * every kind of dash a {@code -}, curly quotes straight, and a few look-alike separators ({@code ·}, {@code •},
 * {@code ․}) a full stop. Only the screening sees the result; what is stored and published is the text as
 * delivered (or nothing).
 */
final class Screeningsvorm {

    private Screeningsvorm() {
    }

    static String normalise(String text) {
        if (isPlain(text)) {
            return text;
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.FORMAT || c == '\u00ad') {
                continue; // zero-width characters, soft hyphen, BOM, bidi marks
            }
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue; // a mark left over after NFKC: underlining, strike-through, stacked accents
            }
            c = Homoglyfen.latin(c);
            if (Character.isSpaceChar(c) || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f') {
                sb.append(' ');
            } else if (type == Character.DASH_PUNCTUATION || c == '\u2212') {
                sb.append('-');
            } else if (c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u2032' || c == '`' || c == '\u00b4') {
                sb.append('\'');
            } else if (c == '\u201c' || c == '\u201d' || c == '\u201e') {
                sb.append('"');
            } else if (c == '\u00b7' || c == '\u2022' || c == '\u2024' || c == '\u2027' || c == '\u30fb') {
                sb.append('.');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Printable ASCII without tab or line breaks: nothing to normalise (the common case, no allocation). */
    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '`') {
                return false;
            }
        }
        return true;
    }
}
