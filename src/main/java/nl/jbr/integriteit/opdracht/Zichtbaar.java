package nl.jbr.integriteit.opdracht;

/**
 * Text from a file or the command line made harmless for a terminal: control characters (C0 including ESC and CR,
 * DEL, C1, the line and paragraph separators) become {@code ?}, so escape sequences in a cell or a file name cannot
 * clear the screen or overwrite a line of a report.
 */
public final class Zichtbaar {

    private Zichtbaar() {
    }

    public static String van(String tekst) {
        if (tekst == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(tekst.length());
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            b.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return b.toString();
    }
}
