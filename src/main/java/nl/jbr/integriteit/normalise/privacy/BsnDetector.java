package nl.jbr.integriteit.normalise.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Burgerservicenummers: nine digits ({@code 123456782}), eight digits read with a leading zero, or grouped as on
 * the identity card ({@code 1234.56.782}, {@code 1234 56 782}) or in threes with spaces ({@code 123 456 782});
 * flagged only when they pass the elfproef, so a random number is flagged only by a 1-in-11 chance and an amount
 * ({@code € 123456782}, {@code 123.456.782}) or an eight-digit date ({@code 20240314}) not at all.
 */
final class BsnDetector implements Detector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\w€$£])(?<!\\d[.,\\-/])(?<!\\d\\h)(?<!\\d\\h?[.\\-/]\\h)(?<![€$]\\h)(?<!(?i:eur)\\h)"
            + "(\\d{8,9}|\\d{1,4}(?:(?:\\h?[.\\-/]\\h?|\\h)\\d{1,4}){1,8})"
            + "(?![\\w%‰]|[\\-.,/:]\\d|\\h?(?i:euro|eur|€|procent|%))");

    /** A label that says the number is a BSN: then the elfproef is not needed (a mistyped BSN is still one). */
    private static final Pattern LABEL = Pattern.compile(
            "(?i:bsn|burgerservicenummer|burger\\h?service\\h?nummer|sofinummer|sofi-nummer|sofi|bsn-nummer"
            + "|persoonsnummer)\\h*(?:nr\\.?|nummer)?\\h*[:.#-]?\\h*$");

    /** Words before a number that make it an amount written with thousands separators (123.456.782). */
    private static final Pattern AMOUNT_BEFORE = Pattern.compile(
            "(?i:bedrag|schade|kosten|waarde|totaal|omzet|subsidie|budget|saldo|eur|euro|€|\\$|ter waarde van"
            + "|circa|ca\\.|ongeveer|bijna|ruim)\\h*[:.]?\\h*$");

    /** Exactly three dot-separated groups of three digits (or fewer in the first): a thousands-separated number. */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2}");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.BSN;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 8) {
            return false;
        }
        String value = text.value();
        boolean found = false;
        Matcher m = Chars.anchoredMatcher(CANDIDATE, value);
        int n = value.length();
        for (int i = 0; i + 8 <= n; i++) {
            if (Chars.startsDigitRun(value, i) && Chars.matchesAt(m, i, n)) {
                String digits = digitsOf(m.group(1));
                if (digits.length() < 8 || digits.length() > 9) {
                    continue;
                }
                String before = value.substring(Math.max(0, i - 30), i);
                boolean labelled = LABEL.matcher(before).find();
                boolean amount = THOUSANDS.matcher(m.group(1)).matches() && AMOUNT_BEFORE.matcher(before).find();
                boolean date = digits.length() == 8 && isDate(digits);
                boolean grouped = !m.group(1).equals(digits);
                // without a label, a grouped number is a BSN only with nine digits and one kind of separator:
                // "09.00-17.00" is a time span
                boolean plausible = !grouped || (digits.length() == 9 && oneSeparatorKind(m.group(1)));
                if (labelled || (Elfproef.isBsn(digits) && !amount && !date && plausible)) {
                    text.blank(i, m.end());
                    found = true;
                    i = m.end() - 1;
                }
            }
        }
        return found;
    }

    private static boolean oneSeparatorKind(String group) {
        char kind = 0;
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c == '.' || c == '-' || c == '/') {
                if (kind != 0 && kind != c) {
                    return false;
                }
                kind = c;
            }
        }
        return true;
    }

    private static String digitsOf(String group) {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < group.length(); i++) {
            char c = group.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Eight digits that form a calendar date as yyyymmdd or ddmmyyyy (years 1900-2099). */
    static boolean isDate(String eight) {
        int a = Integer.parseInt(eight.substring(0, 4));
        int b = Integer.parseInt(eight.substring(4, 6));
        int c = Integer.parseInt(eight.substring(6, 8));
        if (a >= 1900 && a <= 2099 && isValidDate(a, b, c)) {
            return true;
        }
        int day = Integer.parseInt(eight.substring(0, 2));
        int month = Integer.parseInt(eight.substring(2, 4));
        int year = Integer.parseInt(eight.substring(4, 8));
        return year >= 1900 && year <= 2099 && isValidDate(year, month, day);
    }

    private static boolean isValidDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
