package nl.jbr.integriteit.normalise.privacy;

import java.text.Normalizer;
import java.util.Map;

/**
 * HTML and XML character references, as they end up in a cell copied from a web page or exported as XML:
 * decimal ({@code &#64;}) and hexadecimal ({@code &#x40;}) references, with or without the closing semicolon, and
 * named ones ({@code &amp;}, {@code &commat;}, {@code &nbsp;}, {@code &shy;}, {@code &ndash;}, and accented letters
 * such as {@code &eacute;} or {@code &euml;}). One left-to-right pass: {@code &amp;#64;} becomes {@code &#64;}.
 */
final class HtmlTekenverwijzingen {

    /** Named references that turn up in text, with what they stand for. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("shy", "\u00ad"),
            Map.entry("commat", "@"), Map.entry("period", "."), Map.entry("lowbar", "_"), Map.entry("UnderBar", "_"),
            Map.entry("hyphen", "-"), Map.entry("dash", "-"), Map.entry("ndash", "-"), Map.entry("mdash", "-"),
            Map.entry("minus", "-"), Map.entry("num", "#"), Map.entry("percnt", "%"), Map.entry("colon", ":"),
            Map.entry("sol", "/"), Map.entry("bsol", "\\"), Map.entry("plus", "+"), Map.entry("equals", "="),
            Map.entry("lpar", "("), Map.entry("rpar", ")"), Map.entry("lsqb", "["), Map.entry("rsqb", "]"),
            Map.entry("lbrack", "["), Map.entry("rbrack", "]"), Map.entry("excl", "!"), Map.entry("quest", "?"),
            Map.entry("comma", ","), Map.entry("semi", ";"), Map.entry("ast", "*"), Map.entry("midast", "*"),
            Map.entry("middot", "."), Map.entry("bull", "."), Map.entry("thinsp", " "), Map.entry("ensp", " "),
            Map.entry("emsp", " "), Map.entry("zwsp", ""), Map.entry("ZeroWidthSpace", ""), Map.entry("zwj", ""),
            Map.entry("zwnj", ""), Map.entry("lrm", ""), Map.entry("rlm", ""), Map.entry("NewLine", " "),
            Map.entry("Tab", " "), Map.entry("euro", "€"), Map.entry("szlig", "ß"), Map.entry("oslash", "ø"),
            Map.entry("Oslash", "Ø"), Map.entry("aelig", "æ"), Map.entry("AElig", "Æ"), Map.entry("dollar", "$"));

    /** Accent names of references such as {@code &eacute;}, with the combining mark they add. */
    private static final Map<String, Character> ACCENTS = Map.of(
            "acute", '\u0301', "grave", '\u0300', "uml", '\u0308', "circ", '\u0302', "tilde", '\u0303',
            "ring", '\u030a', "cedil", '\u0327', "caron", '\u030c');

    private HtmlTekenverwijzingen() {
    }

    static String decode(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder sb = null;
        int copied = 0;
        int n = s.length();
        for (int i = amp; i >= 0 && i < n; i = s.indexOf('&', i + 1)) {
            int[] end = new int[1];
            String replacement = reference(s, i, end);
            if (replacement != null) {
                if (sb == null) {
                    sb = new StringBuilder(n);
                }
                sb.append(s, copied, i).append(replacement);
                copied = end[0];
                i = end[0] - 1;
            }
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
    }

    /** The text the reference at {@code i} stands for, with its end in {@code end[0]}; null when there is none. */
    private static String reference(String s, int i, int[] end) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '#') {
            j++;
            boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int start = j;
            while (j < n && j - start < 7 && (hex ? ExcelCodering.isHex(s.charAt(j)) : Chars.isDigit(s.charAt(j)))) {
                j++;
            }
            if (j == start) {
                return null;
            }
            int codePoint = Integer.parseInt(s.substring(start, j), hex ? 16 : 10);
            if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT
                    || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                return null;
            }
            end[0] = j < n && s.charAt(j) == ';' ? j + 1 : j;
            return new String(Character.toChars(codePoint));
        }
        int start = j;
        while (j < n && j - start < 32 && Chars.isAsciiAlnum(s.charAt(j))) {
            j++;
        }
        if (j == start || j >= n || s.charAt(j) != ';') {
            return null;
        }
        String name = s.substring(start, j);
        end[0] = j + 1;
        String named = NAMED.get(name);
        if (named != null) {
            return named;
        }
        if (name.length() > 1 && Character.isLetter(name.charAt(0))) {
            Character accent = ACCENTS.get(name.substring(1));
            if (accent != null) {
                return Normalizer.normalize(name.charAt(0) + String.valueOf(accent), Normalizer.Form.NFC);
            }
        }
        return null;
    }
}
