package nl.jbr.integriteit.normalise.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written as a marker and two hexadecimal digits: percent-encoding as in a web address ({@code %40} is '@',
 * {@code %2540} is {@code %40}) and quoted-printable as in a forwarded e-mail ({@code =40}, {@code =C3=A9} is 'é').
 * A run of such bytes is read as UTF-8, or as Latin-1 when it is not valid UTF-8. Quoted-printable writes its hex
 * digits in capitals; lower-case {@code =4a} is left alone, and so is a marker without two hex digits
 * ({@code 15%}, {@code =40.5} is decoded but harmless: only screening sees it).
 */
final class Bytecodering {

    static final Bytecodering PROCENT = new Bytecodering('%', true);
    static final Bytecodering QUOTED_PRINTABLE = new Bytecodering('=', false);

    private final char marker;
    private final boolean lowerCaseHex;

    private Bytecodering(char marker, boolean lowerCaseHex) {
        this.marker = marker;
        this.lowerCaseHex = lowerCaseHex;
    }

    /** One left-to-right pass. */
    String decode(String s) {
        int first = s.indexOf(marker);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = null;
        int copied = 0;
        int n = s.length();
        byte[] bytes = new byte[n / 3 + 1];
        for (int i = first; i >= 0 && i < n; i = s.indexOf(marker, i + 1)) {
            int count = 0;
            int j = i;
            while (j + 2 < n && s.charAt(j) == marker && isHex(s.charAt(j + 1)) && isHex(s.charAt(j + 2))) {
                bytes[count++] = (byte) Integer.parseInt(s.substring(j + 1, j + 3), 16);
                j += 3;
            }
            if (count == 0) {
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n);
            }
            sb.append(s, copied, i).append(text(bytes, count));
            copied = j;
            i = j - 1;
        }
        return sb == null ? s : sb.append(s, copied, n).toString();
    }

    private boolean isHex(char c) {
        return Chars.isDigit(c) || (c >= 'A' && c <= 'F') || (lowerCaseHex && c >= 'a' && c <= 'f');
    }

    private static String text(byte[] bytes, int count) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, count)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, 0, count, StandardCharsets.ISO_8859_1);
        }
    }
}
