package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Home addresses: a Dutch postcode followed by a house number ({@code 2511 AB 12}, {@code 2511AB, 12},
 * {@code 2511 AB nr. 12a}), or a street name followed by a house number ({@code Kerkstraat 12},
 * {@code Kerkstraat 12, 2511 AB}). A postcode on its own ({@code 2511 AB Den Haag}) is not flagged: it points
 * at a street, not at a person, and "2024 OM" is more often a year and an abbreviation than a postcode.
 * Postcode letters are never SA, SD or SS.
 */
final class PostcodeHuisnummerDetector implements Detector {

    private static final String HOUSE_NUMBER =
            "\\d{1,5}(?:\\h?[A-Za-z](?![\\p{L}\\d])|\\h?-\\h?\\d{1,4}(?!\\d))?(?![\\d%‰]|[.,]\\d)";

    private static final Pattern POSTCODE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d\\-/.,])[1-9]\\d{3}(?:\\h?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2})(?![\\p{L}\\d])"
            + "\\h*,?\\h*(?:(?i:nr|nummer|huisnummer)\\.?\\h*)?" + HOUSE_NUMBER);

    private static final Pattern STREET_NUMBER = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{L}'’\\-]*?"
            + "(?:straat|laan|weg|plein|gracht|kade|singel|dijk|dreef|steeg|plantsoen|boulevard)"
            + "\\h+" + HOUSE_NUMBER);

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.POSTCODE_HUISNUMMER;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (stats.digits() < 1) {
            return false;
        }
        boolean found = false;
        if (stats.digits() >= 5) {
            found = blankAll(text, POSTCODE_NUMBER);
        }
        found |= blankAll(text, STREET_NUMBER);
        return found;
    }

    private static boolean blankAll(MaskedText text, Pattern pattern) {
        boolean found = false;
        Matcher m = pattern.matcher(text.value());
        while (m.find()) {
            text.blank(m.start(), m.end());
            found = true;
        }
        return found;
    }
}
