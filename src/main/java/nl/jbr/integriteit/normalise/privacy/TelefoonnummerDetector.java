package nl.jbr.integriteit.normalise.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch telephone numbers: a national number is 0 followed by nine digits ({@code 06-12345678},
 * {@code 06 1234 5678}, {@code 070-1234567}, {@code 010 123 45 67}, {@code (070) 123 45 67}); an international one
 * is +31 or 0031 followed by the same nine digits ({@code +31 6 12345678}, {@code +31 (0)6 12345678},
 * {@code 0031612345678}). Digits may be grouped by spaces and at most one hyphen, also right after the 0
 * ({@code 0 6 - 1 2 3 4 5 6 7 8}). Years, amounts, case numbers
 * ({@code 2024-0012}) and dates ({@code 01-03-2024}) are not numbers of this shape; a ten-digit number labelled as a
 * case or invoice number ({@code zaaknummer 0123456789}) is not taken for a telephone number. Foreign numbers are
 * recognised by their leading + and country code ({@code +32 2 123 45 67}).
 */
final class TelefoonnummerDetector implements Detector {

    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+\\-/])(?<!\\d[.,])"
            + "(?:(?:\\+|00)\\h?31\\h?-?\\h?(?:\\(0\\)\\h?|0(?=[1-9]))?|\\(0|0\\h?)"
            + "(?=[1-9])(\\d(?:(?:\\)\\h?|\\h?[\\-./]\\h?|\\h)?\\d){8})"
            + "(?![\\w]|[\\-.,/:]\\d)");

    /** Another country's number: + and a country code, then seven to twelve digits. */
    private static final Pattern FOREIGN = Pattern.compile(
            "(?<![\\w+])\\+(?!31)[1-9]\\d{0,2}\\h?(?:\\(0\\)\\h?)?\\d(?:[\\h\\-]?\\d){6,11}"
            + "(?![\\w]|[\\-.,/:]\\d)");

    /** Labels that say a number is a case, invoice or other reference number. */
    private static final Set<String> REFERENCE_LABELS = Set.of(
            "zaak", "zaaknummer", "zaaknr", "kenmerk", "dossier", "dossiernummer", "dossiernr", "factuur",
            "factuurnummer", "factuurnr", "referentie", "referentienummer", "ref", "registratienummer", "volgnummer",
            "meldnummer", "meldingsnummer", "ordernummer", "klantnummer", "polisnummer", "artikelnummer",
            "documentnummer", "contractnummer", "projectnummer", "bestelnummer", "kvk", "kvknummer");

    /** Words between a label and its number ({@code zaak nr. 0123456789}). */
    private static final Set<String> NUMBER_WORDS = Set.of("nr", "nummer", "no", "nummers");

    /** A date written with leading zeros ({@code 01-03-2024}, {@code 01 03 2024}) inside a candidate. */
    private static final Pattern DATE = Pattern.compile("\\d{2}[\\h\\-./]\\d{2}[\\h\\-./](?:19|20)\\d{2}");

    /** Written in pairs with hyphens: {@code 06-12-34-56-78}. */
    private static final Pattern PAIRS = Pattern.compile("\\d([-./])\\d{2}\\1\\d{2}\\1\\d{2}\\1\\d{2}");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.TELEFOONNUMMER;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 9) {
            return false;
        }
        String value = text.value();
        boolean found = false;
        Matcher m = Chars.anchoredMatcher(PHONE, value);
        Matcher foreign = Chars.anchoredMatcher(FOREIGN, value);
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '+' && Chars.matchesAt(foreign, i, n)) {
                text.blank(i, foreign.end());
                found = true;
                i = foreign.end() - 1;
            } else if ((c == '+' || c == '(' || (c == '0' && Chars.startsDigitRun(value, i)))
                    && Chars.matchesAt(m, i, n) && isPhoneNumber(m.group(), m.group(1))
                    && !isLabelledReference(value, i)) {
                text.blank(i, m.end());
                found = true;
                i = m.end() - 1;
            }
        }
        return found;
    }

    private static boolean isLabelledReference(String value, int i) {
        String label = Chars.wordBefore(value, i);
        if (NUMBER_WORDS.contains(label)) {
            label = Chars.wordBefore(value, Chars.startOfWordBefore(value, i));
        }
        return REFERENCE_LABELS.contains(label);
    }

    /**
     * Rejects what only looks like a number: a date with leading zeros followed by another number
     * ({@code 01-03-2024 12}) or digits strung together by several hyphens ({@code 01-03-24-1234}).
     *
     * @param candidate the whole match
     * @param national  the nine digits after the 0 or +31, with their separators
     */
    private static boolean isPhoneNumber(String candidate, String national) {
        if (DATE.matcher(candidate).find()) {
            return false;
        }
        int separators = 0;
        for (int i = 0; i < national.length(); i++) {
            char c = national.charAt(i);
            if (c == '-' || c == '.' || c == '/') {
                separators++;
            }
        }
        if (separators <= 1 || PAIRS.matcher(national).matches()) {
            return true;
        }
        // several separators: a telephone number starts with its area code (06, 070, 0111, +31 6);
        // "01-03-24-1234" is a date and a number
        if (candidate.startsWith("+") || candidate.startsWith("00")) {
            return true;
        }
        int firstGroup = 0;
        String digits = candidate.startsWith("(") ? candidate.substring(1) : candidate;
        while (firstGroup < digits.length() && Chars.isDigit(digits.charAt(firstGroup))) {
            firstGroup++;
        }
        return digits.startsWith("06") ? firstGroup == 2 || firstGroup == 10 : firstGroup == 3 || firstGroup == 4;
    }
}
