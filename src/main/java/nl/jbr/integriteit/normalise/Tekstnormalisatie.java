package nl.jbr.integriteit.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Text as it is compared, loaded and published (issue 10 item 3): Unicode NFC; invisible characters removed
 * (zero-width spaces and joiners, soft hyphen, byte order mark, left-to-right and right-to-left marks,
 * embeddings, overrides and isolates: every character of Unicode category Cf); NBSP and every other Unicode
 * space folded to one space; trimmed. The caller reports removed characters, with the column, as a warning.
 * <p>
 * {@link #skelet} is the key under which look-alikes are the same: the normalised text with letters of other
 * scripts that look like Latin letters (Cyrillic {@code о а е р с х і}, Greek {@code ο}, ...) replaced by those
 * Latin letters, compatibility forms folded (NFKC: full-width letters, ligatures), lower case, and spaces and
 * punctuation ignored — a subset of Unicode's confusables (UTS #39) large enough for Dutch unit names.
 */
public final class Tekstnormalisatie {

    private Tekstnormalisatie() {
    }

    /** The normalised text and the invisible characters taken out of it (as U+XXXX, for the message). */
    public record Uitkomst(String tekst, String verwijderd) {
        public boolean gewijzigdOnzichtbaar() {
            return !verwijderd.isEmpty();
        }
    }

    /**
     * Printable Latin-1 with single spaces between words and none at either end: already what {@link #normaliseer}
     * returns. Every character from U+0021 to U+007E and from U+00A1 to U+00FF is its own NFC form and none of them
     * is invisible or a space, except the soft hyphen U+00AD (category Cf, removed), so there is nothing to change.
     * This covers the accented letters of Dutch text ({@code é ë ï ó}), not only ASCII.
     */
    private static boolean alNormaal(String tekst) {
        int n = tekst.length();
        for (int i = 0; i < n; i++) {
            char c = tekst.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || tekst.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < 0x21 || (c > 0x7E && c < 0xA1) || c == 0xAD || c > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /**
     * Normalises {@code tekst}. With {@code meerdereRegels} line breaks are kept (free text); otherwise every line
     * break is a space too.
     */
    public static Uitkomst normaliseer(String tekst, boolean meerdereRegels) {
        if (tekst == null || tekst.isEmpty()) {
            return new Uitkomst(tekst == null ? "" : tekst, "");
        }
        if (alNormaal(tekst)) {
            return new Uitkomst(tekst, ""); // the common case, without building a copy
        }
        return volledig(tekst, meerdereRegels);
    }

    /** {@link #normaliseer} without the shortcut for text that is already normal. */
    static Uitkomst volledig(String tekst, boolean meerdereRegels) {
        String s = Normalizer.isNormalized(tekst, Normalizer.Form.NFC) ? tekst : Normalizer.normalize(tekst, Normalizer.Form.NFC);
        StringBuilder uit = new StringBuilder(s.length());
        StringBuilder verwijderd = new StringBuilder();
        boolean spatie = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                String code = String.format(Locale.ROOT, "U+%04X", cp);
                if (verwijderd.indexOf(code) < 0) {
                    verwijderd.append(verwijderd.isEmpty() ? "" : ", ").append(code);
                }
                continue;
            }
            boolean regeleinde = cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85;
            if (regeleinde && meerdereRegels) {
                // trailing spaces before a line break go; the break stays
                while (!uit.isEmpty() && uit.charAt(uit.length() - 1) == ' ') {
                    uit.setLength(uit.length() - 1);
                }
                uit.append(cp == '\r' ? '\r' : '\n');
                spatie = false;
                continue;
            }
            if (regeleinde || isSpatie(cp)) {
                spatie = true;
                continue;
            }
            if (spatie && !uit.isEmpty() && uit.charAt(uit.length() - 1) != '\n' && uit.charAt(uit.length() - 1) != '\r') {
                uit.append(' ');
            }
            spatie = false;
            uit.appendCodePoint(cp);
        }
        return new Uitkomst(uit.toString().strip(), verwijderd.toString());
    }

    /** {@code tekst} with every invisible character shown as {@code <U+200B>}, for a finding's value. */
    public static String zichtbaar(String tekst) {
        StringBuilder b = new StringBuilder(tekst.length() + 16);
        tekst.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.FORMAT) {
                b.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** The look-alike key of already normalised text: see the class comment. */
    public static String skelet(String tekst) {
        if (tekst == null || tekst.isEmpty()) {
            return "";
        }
        String ascii = TextKey.ascii(tekst);
        if (ascii != null) {
            return ascii; // nothing to fold: the common case, kept fast
        }
        String s = Normalizer.normalize(tekst, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Character latijn = VERWARBAAR.get(cp);
            b.appendCodePoint(latijn != null ? latijn : cp);
        }
        return TextKey.of(b.toString());
    }

    /** Horizontal white space of any kind: tab, every Unicode space separator (NBSP, thin, ideographic, ...). */
    private static boolean isSpatie(int cp) {
        return cp == ' ' || cp == '\t' || cp == 0x0B || cp == 0x0C || Character.getType(cp) == Character.SPACE_SEPARATOR;
    }

    /** Letters of other scripts that look like a Latin letter (subset of Unicode confusables.txt). */
    private static final Map<Integer, Character> VERWARBAAR = Map.ofEntries(
            // Cyrillic lower case
            Map.entry(0x0430, 'a'), Map.entry(0x0435, 'e'), Map.entry(0x043E, 'o'), Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'), Map.entry(0x0445, 'x'), Map.entry(0x0443, 'y'), Map.entry(0x0456, 'i'),
            Map.entry(0x0458, 'j'), Map.entry(0x0455, 's'), Map.entry(0x0501, 'd'), Map.entry(0x051B, 'q'),
            Map.entry(0x051D, 'w'), Map.entry(0x04BB, 'h'), Map.entry(0x0457, 'i'), Map.entry(0x0451, 'e'),
            // Cyrillic upper case
            Map.entry(0x0410, 'A'), Map.entry(0x0412, 'B'), Map.entry(0x0415, 'E'), Map.entry(0x041A, 'K'),
            Map.entry(0x041C, 'M'), Map.entry(0x041D, 'H'), Map.entry(0x041E, 'O'), Map.entry(0x0420, 'P'),
            Map.entry(0x0421, 'C'), Map.entry(0x0422, 'T'), Map.entry(0x0425, 'X'), Map.entry(0x0406, 'I'),
            Map.entry(0x0408, 'J'), Map.entry(0x0405, 'S'), Map.entry(0x04AE, 'Y'), Map.entry(0x04C0, 'I'),
            // Greek
            Map.entry(0x03BF, 'o'), Map.entry(0x03B1, 'a'), Map.entry(0x03B5, 'e'), Map.entry(0x03B9, 'i'),
            Map.entry(0x03BA, 'k'), Map.entry(0x03BD, 'v'), Map.entry(0x03C1, 'p'), Map.entry(0x03C4, 't'),
            Map.entry(0x03C5, 'u'), Map.entry(0x03C7, 'x'),
            Map.entry(0x0391, 'A'), Map.entry(0x0392, 'B'), Map.entry(0x0395, 'E'), Map.entry(0x0396, 'Z'),
            Map.entry(0x0397, 'H'), Map.entry(0x0399, 'I'), Map.entry(0x039A, 'K'), Map.entry(0x039C, 'M'),
            Map.entry(0x039D, 'N'), Map.entry(0x039F, 'O'), Map.entry(0x03A1, 'P'), Map.entry(0x03A4, 'T'),
            Map.entry(0x03A5, 'Y'), Map.entry(0x03A7, 'X'),
            // Latin look-alikes
            Map.entry(0x0131, 'i'), Map.entry(0x017F, 's'), Map.entry(0x0130, 'I'), Map.entry(0x0251, 'a'),
            Map.entry(0x0261, 'g'), Map.entry(0x026A, 'i'));
}
