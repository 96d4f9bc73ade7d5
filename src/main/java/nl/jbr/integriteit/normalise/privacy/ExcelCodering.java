package nl.jbr.integriteit.normalise.privacy;

/**
 * Excel's escape for characters in a cell (the OOXML {@code ST_Xstring} escape): {@code _x} followed by four
 * hexadecimal digits and {@code _} stands for that UTF-16 code unit ({@code _x0040_} is '@', {@code _x002D_} a
 * hyphen, {@code _x000D_} a carriage return), and {@code _x005F_} escapes the underscore that would otherwise start
 * an escape ({@code _x005F_x0040_} is the literal text {@code _x0040_}). Hex digits are read in either case, and
 * a capital {@code X} is accepted too: decoding is only for screening, so reading too much is safe.
 */
final class ExcelCodering {

    private ExcelCodering() {
    }

    /** Whether the text holds at least one escape. */
    static boolean contains(String s) {
        for (int i = s.indexOf('_'); i >= 0 && i + 7 <= s.length(); i = s.indexOf('_', i + 1)) {
            if (isEscapeAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** One left-to-right pass: every escape replaced by its character (the result is not decoded again). */
    static String decode(String s) {
        int first = s.indexOf('_');
        if (first < 0 || !contains(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.charAt(i) == '_' && isEscapeAt(s, i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(s.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isEscapeAt(String s, int i) {
        if (i + 7 > s.length()) {
            return false;
        }
        char x = s.charAt(i + 1);
        return (x == 'x' || x == 'X') && isHex(s.charAt(i + 2)) && isHex(s.charAt(i + 3)) && isHex(s.charAt(i + 4))
                && isHex(s.charAt(i + 5)) && s.charAt(i + 6) == '_';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
