package nl.jbr.integriteit.normalise.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Home addresses: a Dutch postcode followed by a house number ({@code 2511 AB 12}, {@code 2511AB, 12},
 * {@code 2511 AB nr. 12a}), or a street name followed by a house number ({@code Kerkstraat 12},
 * {@code Kerkstraat 12, 2511 AB}), or a house number followed by a postcode ({@code Turfmarkt 147, 2511 DP}; not
 * after {@code Postbus}). A postcode on its own ({@code 2511 AB Den Haag}) is not flagged: it points
 * at a street, not at a person, and "2024 OM" is more often a year and an abbreviation than a postcode.
 * Postcode letters are never SA, SD or SS.
 */
final class PostcodeHuisnummerDetector implements Detector {

    private static final String HOUSE_NUMBER_REGEX =
            "\\d{1,5}(?:\\h?[A-Za-z](?![\\p{L}\\d])|\\h?-\\h?\\d{1,4}(?!\\d))?(?![\\d%‰]|[.,]\\d)";

    private static final Pattern POSTCODE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d\\-/.,])[1-9]\\d{3}(?:\\h?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2})(?![\\p{L}\\d])"
            + "\\h*,?\\h*(?:(?i:nr|nummer|huisnummer)\\.?\\h*)?" + HOUSE_NUMBER_REGEX);

    private static final Pattern HOUSE_NUMBER = Pattern.compile(HOUSE_NUMBER_REGEX);

    /** A house number followed by a postcode: {@code 147, 2511 DP}. */
    private static final Pattern NUMBER_POSTCODE = Pattern.compile(
            "(?<![\\p{L}\\d\\-/.,])\\d{1,5}(?:\\h?[A-Za-z])?\\h*,?\\h+"
            + "[1-9]\\d{3}\\h?(?!S[ADS])[A-Z]{2}(?![\\p{L}\\d])");

    /** Words before a number that make it a P.O. box, not a home. */
    private static final Set<String> POSTBUS = Set.of("postbus", "antwoordnummer", "pb");

    /** Words after a number that make it a quantity, not a house number ("over de snelweg 12 kilometer"). */
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "\\h*(?i:keer|maal|km|kilometer|meter|m|minuten|min|uur|u|dagen|dag|weken|week|maanden|maand|jaar|jaren"
            + "|euro|eur|procent|%|medewerkers|personen|meldingen|collega's|auto's|kg|liter|stuks|x)(?![\\p{L}])");

    /** A street whose name starts with its kind: "Laan van Meerdervoort 52", "Plein 1813 nr 4". */
    private static final Pattern STREET_FIRST = Pattern.compile(
            "(?<![\\p{L}])(?:Laan|Weg|Straat|Plein|Kade|Dijk|Singel|Gracht|Burgwal)\\h+(?:van|der|de|den|het|op|naar|in)"
            + "\\h+(?:(?:de|der|den|het)\\h+)?(?:\\p{Lu}[\\p{L}'-]*\\h+){0,2}\\p{Lu}[\\p{L}'-]*\\h*,?\\h*"
            + "(?:(?i:nr|no|nummer|huisnummer)\\.?\\h*)?\\d{1,4}(?![\\d%]|[.,]\\d)");

    /** How Dutch street names end ({@code input-schemas/privacy/straatnaam-uitgangen.csv}), longest first. */
    private final List<String> streetSuffixes;
    private final java.util.Map<String, boolean[]> suffixRules;

    PostcodeHuisnummerDetector(Lijsten lijsten) {
        this.suffixRules = lijsten.straatUitgangen;
        this.streetSuffixes = lijsten.straatUitgangen.keySet().stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.POSTCODE_HUISNUMMER;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 1) {
            return false;
        }
        String value = text.value();
        boolean found = false;
        int n = value.length();
        Matcher postcode = Chars.anchoredMatcher(POSTCODE_NUMBER, value);
        Matcher number = Chars.anchoredMatcher(HOUSE_NUMBER, value);
        Matcher numberPostcode = Chars.anchoredMatcher(NUMBER_POSTCODE, value);
        for (int i = 0; i < n; i++) {
            if (!Chars.startsDigitRun(value, i)) {
                continue;
            }
            if (stats.digits() >= 5 && value.charAt(i) != '0' && Chars.matchesAt(postcode, i, n)) {
                text.blank(i, postcode.end());
                found = true;
                i = postcode.end() - 1;
                continue;
            }
            if (stats.digits() >= 5 && Chars.matchesAt(numberPostcode, i, n)
                    && !POSTBUS.contains(Chars.wordBefore(value, i))) {
                int street = streetStart(value, i);
                text.blank(street >= 0 ? street : i, numberPostcode.end());
                found = true;
                i = numberPostcode.end() - 1;
                continue;
            }
            int street = streetStart(value, i);
            if (street >= 0 && Chars.matchesAt(number, i, n) && isHouseNumber(value, i, number.end())) {
                text.blank(street, number.end());
                found = true;
                i = number.end() - 1;
            }
        }
        Matcher first = STREET_FIRST.matcher(text.value());
        while (mayStartWithKind(value) && first.find()) {
            text.blank(first.start(), first.end());
            found = true;
        }
        return found;
    }

    private static boolean mayStartWithKind(String s) {
        return s.contains("Laan ") || s.contains("Weg ") || s.contains("Straat ") || s.contains("Plein ")
                || s.contains("Kade ") || s.contains("Dijk ") || s.contains("Singel ") || s.contains("Gracht ")
                || s.contains("Burgwal ");
    }

    /** Not a year ("Arbeidsmarkt 2024") and not a quantity ("12 kilometer"). */
    private static boolean isHouseNumber(String value, int start, int end) {
        int digits = 0;
        while (start + digits < end && Chars.isDigit(value.charAt(start + digits))) {
            digits++;
        }
        if (digits == 4) {
            int year = Integer.parseInt(value.substring(start, start + 4));
            if (year >= 1900 && year <= 2099) {
                return false;
            }
        }
        Matcher unit = UNIT_AFTER.matcher(value);
        unit.region(end, value.length());
        return !unit.lookingAt();
    }

    /**
     * The start of a street name ({@code Kerkstraat}, {@code Prinses Beatrixlaan}: only the last word; {@code Lange
     * Voorhout}: both) that ends before offset {@code i}, perhaps followed by {@code nummer}, {@code nr.},
     * {@code no.} or a comma; or -1.
     */
    private int streetStart(String s, int i) {
        int end = skipConnector(s, i);
        if (end <= 0) {
            return -1;
        }
        int start = end;
        while (start > 0 && isNamePart(s.charAt(start - 1))) {
            start--;
        }
        if (start == end) {
            return -1;
        }
        String word = s.substring(start, end);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (String suffix : streetSuffixes) {
            if (!lower.endsWith(suffix)) {
                continue;
            }
            boolean[] rule = suffixRules.get(suffix);
            boolean whole = lower.length() == suffix.length();
            if (whole && !rule[0]) {
                continue; // "weg 12" is not a street; "Voorhout 9" and "Plein 1" are
            }
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (!capital && !rule[1]) {
                continue; // "onderweg 3 keer", "arbeidsmarkt": these endings need a capital
            }
            if (whole && !capital) {
                continue;
            }
            return precedingCapitalisedWord(s, start);
        }
        return -1;
    }

    /** Skips back over spaces and a house-number word or comma between street and number; the street's end or -1. */
    private static int skipConnector(String s, int i) {
        int end = i;
        while (end > 0 && Character.isSpaceChar(s.charAt(end - 1))) {
            end--;
        }
        if (end == i && (end == 0 || s.charAt(end - 1) != '.')) {
            return -1;
        }
        int wordEnd = end > 0 && s.charAt(end - 1) == '.' ? end - 1 : end;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = s.substring(wordStart, wordEnd).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("nr") || word.equals("no") || word.equals("nummer") || word.equals("huisnummer")) {
            end = wordStart;
            while (end > 0 && Character.isSpaceChar(s.charAt(end - 1))) {
                end--;
            }
        } else if (end > 0 && end < i && s.charAt(end - 1) == '.') {
            if (!word.endsWith("str")) {
                return -1; // "in de Kerkstraat. 12 collega's ...": a sentence ends there
            }
            end = wordEnd; // "Kerkstr. 12"
        }
        if (end > 0 && s.charAt(end - 1) == ',') {
            end--;
        }
        return end;
    }

    /** "Lange Voorhout", "Korte Poten", "Prins Hendrikplein": a capitalised word just before belongs to the name. */
    private static int precedingCapitalisedWord(String s, int start) {
        int j = start;
        if (j > 1 && s.charAt(j - 1) == ' ') {
            int k = j - 1;
            while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
                k--;
            }
            String w = s.substring(k, j - 1);
            if (w.equals("Lange") || w.equals("Korte") || w.equals("Oude") || w.equals("Nieuwe")
                    || w.equals("Grote") || w.equals("Kleine") || w.equals("Hoge") || w.equals("Lage")) {
                return k;
            }
        }
        return start;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }
}
