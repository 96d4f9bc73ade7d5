package nl.jbr.integriteit.normalise.privacy;

import java.util.regex.Pattern;

/**
 * Personnel numbers and user names, recognised by their label: {@code personeelsnummer 123456},
 * {@code pers.nr. 0045123}, {@code P-nummer P123456}, {@code medewerkersnummer: AB1234}, {@code UBR-nummer},
 * {@code rijkspasnummer}, {@code dienstnummer}, {@code stamnummer}, {@code employee ID 98765},
 * {@code gebruikersnaam jjansen01}, {@code userid: pjansen}. The value is a code with at least three digits, or for a
 * user name any word. A case or invoice number ({@code zaaknummer 2024-0012}) has another label and is not flagged.
 * Numbers of passports, identity cards and driving licences are {@link IdentiteitsbewijsDetector}'s.
 */
final class PersoneelsnummerDetector implements Detector {

    private static final String LABEL = "(?i:personeels\\h?nummer|personeelsnr|pers(?:oneels)?\\.?\\h?nr|persnr"
            + "|p-?nummer|p-?nr|pnr|medewerkers?\\h?nummer|medewerkers?nr|werknemers?\\h?nummer|werknemersnr"
            + "|registratienummer\\h+(?:van\\h+de\\h+)?medewerker|dienstnummer|stamnummer|ubr[-\\h]?nummer"
            + "|rijkspas(?:nummer)?|pasnummer|badgenummer|employee\\h?(?:id|number|nr|no)|emplid|sap-?nummer"
            + "|salarisnummer|loonnummer|ID-?nummer)";

    private static final String USER_LABEL = "(?i:gebruikersnaam|gebruikers-?id|user\\h?-?id|userid|user\\h?name"
            + "|username|inlognaam|inlogcode|loginnaam|login|account(?:naam)?|ADM-?account)";

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}])" + LABEL + "\\h*(?:nr\\.?|nummer)?\\h*[:.#=(-]{0,2}\\h*"
            + "(?=[A-Za-z0-9-]*\\d[A-Za-z0-9-]*\\d[A-Za-z0-9-]*\\d)[A-Za-z0-9][A-Za-z0-9./-]{2,19}");

    private static final Pattern USER = Pattern.compile(
            "(?<![\\p{L}])" + USER_LABEL + "\\h*[:=(\"']\\h*[\\w.\\\\-]{3,30}"
            + "|(?<![\\p{L}])" + USER_LABEL + "\\h+(?=[\\w.-]*\\d)[\\w.\\\\-]{3,30}");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.PERSONEELSNUMMER;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        if (!stats.contains("nummer", "nr", "rijkspas", "employee", "emplid", "gebruiker", "user", "inlog", "login",
                "account")) {
            return false;
        }
        boolean found = false;
        if (stats.digits() >= 3) {
            found = text.blankAll(NUMBER);
        }
        found |= text.blankAll(USER);
        return found;
    }
}
