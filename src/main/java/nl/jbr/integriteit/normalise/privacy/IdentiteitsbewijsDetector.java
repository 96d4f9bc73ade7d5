package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers of identity documents: passports and identity cards ({@code paspoort NXC3K1P72}, {@code ID-kaart
 * nummer IR8F2D4K1}, {@code identiteitsbewijs (documentnummer SPECI2014)}), driving licences ({@code
 * rijbewijsnummer 5123456789}) and residence documents ({@code V-nummer 1234567890}). After such a word, and a few
 * filler words ({@code nummer}, {@code nr.}, {@code met}, {@code van}, ':'), a code of six to twelve letters and
 * digits with at least two digits is taken, also written in groups ({@code NXC 3K1 P72}); after the bare word
 * {@code documentnummer}, which is also how archives number their documents, only the shape of a Dutch document
 * number counts. Without any label, a Dutch passport or identity-card number is recognised by its shape: nine
 * capitals and digits, two letters first, a digit last, no letter O, and letters and digits mixed after the first
 * digit ({@code NXC3K1P72}); a code such as {@code ISO270012} or {@code SPECI2014} is not mixed and needs a label.
 */
final class IdentiteitsbewijsDetector implements Detector {

    private static final Pattern LABEL = Pattern.compile(
            "(?<![\\p{L}])(?i:paspoort(?:nummer|nr)?|reisdocument(?:nummer)?|identiteitskaart(?:nummer)?"
            + "|identiteitsbewijs(?:nummer)?|id\\h?-?\\h?kaart(?:nummer)?|id\\h?-?\\h?bewijs"
            + "|legitimatie(?:bewijs)?(?:nummer)?"
            + "|rijbewijs(?:nummer|nr)?|verblijfsdocument(?:nummer)?|verblijfspas(?:nummer)?"
            + "|verblijfsvergunning(?:nummer)?|vreemdelingennummer|v-nummer|documentnummer)(?![\\p{L}])");

    /** Words between the label and the number. */
    private static final Set<String> FILLERS = Set.of("nummer", "nr", "no", "met", "van", "is", "was", "zijn",
            "haar", "het", "de", "documentnummer", "nummers", "betrokkene", "medewerker", "op", "naam");

    /** A Dutch passport or identity-card number (since 2014). */
    private static final Pattern DUTCH_DOCUMENT = Pattern.compile("[A-NP-Z]{2}[A-NP-Z0-9]{6}\\d");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.IDENTITEITSBEWIJS;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 2) {
            return false;
        }
        boolean found = false;
        if (stats.contains("paspoort", "reisdocument", "identiteit", "idkaart", "id-kaart", "id kaart", "idbewijs",
                "id-bewijs", "id bewijs", "id- kaart", "id -kaart", "id - kaart", "legitimatie", "rijbewijs",
                "verblijf",
                "vreemdelingen", "v-nummer", "documentnummer")) {
            Matcher label = LABEL.matcher(text.value());
            while (label.find()) {
                int[] value = value(text.value(), label.end());
                if (value != null && accepted(text.value(), label.group(), value)) {
                    text.blank(label.start(), value[1]);
                    found = true;
                }
            }
        }
        String value = text.value();
        for (int i = 0; i + 9 <= value.length(); i++) {
            if (startsNineCharacterCode(value, i) && DUTCH_DOCUMENT.matcher(value.substring(i, i + 9)).matches()
                    && isMixed(value.substring(i, i + 9))) {
                text.blank(i, i + 9);
                found = true;
                i += 8;
            }
        }
        return found;
    }

    /** Nine capitals and digits at {@code i}, not part of a longer word or code. */
    private static boolean startsNineCharacterCode(String s, int i) {
        char c = s.charAt(i);
        if (c < 'A' || c > 'Z' || (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '-'
                || s.charAt(i - 1) == '_'))) {
            return false;
        }
        for (int j = i + 1; j < i + 9; j++) {
            char d = s.charAt(j);
            if (!(d >= 'A' && d <= 'Z') && !Chars.isDigit(d)) {
                return false;
            }
        }
        int end = i + 9;
        return end >= s.length() || !(Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-'
                || s.charAt(end) == '_');
    }

    private static boolean accepted(String s, String label, int[] value) {
        String compact = compact(s.substring(value[0], value[1]));
        if (label.toLowerCase(Locale.ROOT).equals("documentnummer")) {
            return DUTCH_DOCUMENT.matcher(compact.toUpperCase(Locale.ROOT)).matches();
        }
        int digits = 0;
        for (int i = 0; i < compact.length(); i++) {
            if (Chars.isDigit(compact.charAt(i))) {
                digits++;
            }
        }
        return compact.length() >= 6 && compact.length() <= 12 && digits >= 2;
    }

    /**
     * The span {start, end} of the code after a label at {@code from}: separators and filler words skipped, then
     * groups of letters and digits separated by one space or hyphen (after the first, each group has a digit or is
     * in capitals), twelve characters at most; or null.
     */
    private static int[] value(String s, int from) {
        int n = s.length();
        int start = skipFillers(s, from);
        int next = start;
        int end = -1;
        int length = 0;
        while (next < n) {
            int groupEnd = next;
            boolean digit = false;
            boolean lower = false;
            while (groupEnd < n && Chars.isAsciiAlnum(s.charAt(groupEnd))) {
                char c = s.charAt(groupEnd);
                digit |= Chars.isDigit(c);
                lower |= c >= 'a' && c <= 'z';
                groupEnd++;
            }
            if (groupEnd == next || (next > start && !digit && lower) || length + groupEnd - next > 12) {
                break;
            }
            length += groupEnd - next;
            end = groupEnd;
            if (groupEnd + 1 < n && (s.charAt(groupEnd) == ' ' || s.charAt(groupEnd) == '-')) {
                next = groupEnd + 1;
            } else {
                break;
            }
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** Skips separators and up to four filler words after a label. */
    private static int skipFillers(String s, int from) {
        int n = s.length();
        int i = from;
        for (int words = 0; words <= 4; words++) {
            while (i < n && " :.(#=-".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            int end = i;
            while (end < n && Character.isLetter(s.charAt(end))) {
                end++;
            }
            if (end == i || (end < n && Chars.isDigit(s.charAt(end)))
                    || !FILLERS.contains(s.substring(i, end).toLowerCase(Locale.ROOT))) {
                break;
            }
            i = end;
        }
        return i;
    }

    private static String compact(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Chars.isAsciiAlnum(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** At least three letters, at least two digits, and a letter after the first digit. */
    private static boolean isMixed(String code) {
        int letters = 0;
        int digits = 0;
        boolean letterAfterDigit = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Chars.isDigit(c)) {
                digits++;
            } else {
                letters++;
                letterAfterDigit |= digits > 0;
            }
        }
        return letters >= 3 && digits >= 2 && letterAfterDigit;
    }
}
