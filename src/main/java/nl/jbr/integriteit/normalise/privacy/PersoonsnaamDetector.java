package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names, heuristically: a title or form of address followed by a capitalised surname ({@code dhr. Jansen},
 * {@code mevrouw De Vries}, {@code mw. El Amrani}, {@code de heer Bakker}, {@code mr. drs. J. van Dijk}), or
 * initials followed by a surname ({@code J.P. de Vries}, {@code J. Jansen}). Anonymised forms ({@code dhr. X},
 * {@code medewerker A}) are not names. A single initial followed by a capitalised word is often a sentence that
 * ends in an anonymising letter ({@code ... door medewerker A. Daarna ...}) or a reference ({@code bijlage B.
 * Hierin ...}); such a word is only taken as a surname when it is not a common Dutch word.
 */
final class PersoonsnaamDetector implements Detector {

    /** Surname: a capital, lower-case letters; apostrophes (D'Hondt, O'Neill) and a double name (Jansen-Bakker). */
    private static final String SURNAME =
            "(\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}[\\p{L}'’]*+(?:-\\p{Lu}\\p{Ll}[\\p{L}'’]*+)?)(?![\\p{L}\\d@])";

    /** Tussenvoegsels, in any case ("De Vries", "van der Berg"). */
    private static final String TUSSENVOEGSELS =
            "((?:(?i:van|de|der|den|het|ter|ten|in\\h+['’]t|op\\h+den|'t|’t|'s|’s|el|al|la|le|du|da|di|dos|von|bin|ben|abu|ibn)"
            + "\\h+){0,4})";

    private static final String TITLE =
            "(?i:dhr|mevr|mw|mej|mr|dr|drs|ir|prof|ds|ing)\\.\\h*"
            + "|(?i:dhr|mevr|mw|mej|mr|dr|drs|ir|prof)\\h+"
            + "|(?i:de\\h+heer|meneer|mevrouw|mejuffrouw|juffrouw)\\h+";

    private static final String INITIALS = "(?:(?:\\p{Lu}|Th|Ch|Chr|Ph)\\.\\h?){1,5}";

    private static final Pattern TITLE_NAME = Pattern.compile(
            "(?<![\\p{L}])(?:" + TITLE + ")(?:" + TITLE + "){0,3}(?:" + INITIALS + "\\h*)?"
            + TUSSENVOEGSELS + SURNAME);

    private static final Pattern INITIALS_NAME = Pattern.compile(
            "(?<![\\p{L}\\d.'’-])(" + INITIALS + ")\\h*" + TUSSENVOEGSELS + SURNAME);

    /** The word just before a match, to see whether a single capital is a reference ("bijlage B."). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\h*$");

    /** The first words of {@link #TITLE} ("de" is checked with "heer"). */
    private static final Set<String> TITLE_WORDS = Set.of(
            "dhr", "mevr", "mw", "mej", "mr", "dr", "drs", "ir", "prof", "ds", "ing", "meneer", "mevrouw",
            "mejuffrouw", "juffrouw");

    /** Dotted abbreviations that look like initials. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "NB", "PS", "OM", "BV", "NV", "CV", "EU", "VS", "VN", "UK", "AD", "BC", "VOF", "AIVD", "MIVD",
            "FIOD", "CAO", "ARAR", "KMAR", "OR", "HR", "ICT", "IT", "PZ", "MT", "DG", "SG", "PSG", "VWS");

    /** Words before a single capital that make it a reference or an anonymised person, not an initial. */
    private static final Set<String> REFERENCE_WORDS = Set.of(
            "bijlage", "bijlagen", "artikel", "art", "lid", "sub", "punt", "onderdeel", "paragraaf", "par",
            "hoofdstuk", "zie", "fase", "variant", "optie", "scenario", "type", "groep", "klasse", "schaal",
            "niveau", "categorie", "cat", "afdeling", "team", "locatie", "gebouw", "vleugel", "kamer", "verdieping",
            "blok", "casus", "zaak", "stap", "stadium", "model", "formulier", "tabel", "figuur", "regel");

    /**
     * Capitalised words that are not surnames: words that start Dutch sentences, roles and months. Dutch surnames
     * that are also words (Bakker, Visser, Koning, De Jong) are deliberately not here.
     */
    private static final Set<String> NOT_SURNAMES = Set.of(
            "de", "het", "een", "hij", "zij", "ze", "wij", "we", "ik", "jij", "je", "u", "men", "dit", "dat",
            "deze", "die", "daar", "daarna", "daarop", "daarom", "daardoor", "daarbij", "daarnaast", "daarin",
            "daarmee", "daarvan", "hier", "hierop", "hierna", "hierbij", "hierdoor", "hiervan", "hierin", "hiermee",
            "er", "in", "op", "na", "bij", "uit", "naar", "van", "voor", "om", "met", "tot", "tegen", "over",
            "onder", "door", "tijdens", "sinds", "vanaf", "omdat", "doordat", "toen", "nadat", "voordat", "als",
            "indien", "wanneer", "waarna", "waarbij", "waardoor", "ook", "verder", "vervolgens", "uiteindelijk",
            "tevens", "bovendien", "echter", "wel", "niet", "geen", "nog", "al", "alle", "zowel", "ondanks",
            "zonder", "binnen", "buiten", "hoewel", "maar", "en", "of", "want", "dus", "toch", "zo", "nu", "dan",
            "later", "eerder", "inmiddels", "momenteel", "thans", "destijds", "gisteren", "vandaag", "morgen",
            "wegens", "vanwege", "betreft", "aldus", "conclusie", "resultaat", "besluit", "uitkomst", "maatregel",
            "sanctie", "melding", "onderzoek", "aangifte", "schade", "totaal", "overig", "overige", "zie",
            "betrokkene", "betrokkenen", "medewerker", "medewerkster", "medewerkers", "collega", "leidinggevende",
            "melder", "minister", "staatssecretaris", "directeur", "voorzitter", "burgemeester", "afdeling",
            "dienst", "team", "organisatie", "ministerie", "mevrouw", "meneer", "heer", "januari", "februari",
            "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "wat", "wie", "waar",
            "hoe", "welke", "waarom", "volgens", "conform", "inzake", "zijn", "haar", "hun", "mijn", "onze",
            "ons", "uw", "elke", "ieder", "iedere", "enkele", "sommige", "veel", "weinig", "meer", "minder",
            "bijlage", "artikel", "lid", "hoofdstuk", "paragraaf", "categorie", "subcategorie", "zaak", "dossier",
            "justitie", "financiën", "financien", "defensie", "buitenlandse", "binnenlandse", "economische",
            "algemene", "sociale", "zaken", "politie", "belastingdienst", "rijksoverheid", "gemeente", "provincie",
            "nederland", "rijk", "staat", "kabinet", "kamer", "tweede", "eerste", "koninkrijk", "koninkrijksrelaties",
            "dienstverlening", "inspectie", "rechtbank", "openbaar", "integriteit", "personeelszaken", "juridische");

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.PERSOONSNAAM;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        String value = text.value();
        boolean found = false;
        int n = value.length();
        Matcher title = Chars.anchoredMatcher(TITLE_NAME, value);
        Matcher initials = stats.capitalDot() ? Chars.anchoredMatcher(INITIALS_NAME, value) : null;
        for (int i = 0; i < n; i++) {
            if (!Chars.startsWord(value, i)) {
                continue;
            }
            if (startsTitle(value, i) && Chars.matchesAt(title, i, n) && isSurname(title.group(2))) {
                text.blank(i, title.end());
                found = true;
                i = title.end() - 1;
            } else if (initials != null && Character.isUpperCase(value.charAt(i))
                    && Chars.matchesAt(initials, i, n) && isInitialsName(value, initials)) {
                text.blank(i, initials.end());
                found = true;
                i = initials.end() - 1;
            }
        }
        return found;
    }

    /** Whether the word at {@code i} is a title or form of address (cheap test before the full pattern). */
    private static boolean startsTitle(String s, int i) {
        int end = i;
        int n = s.length();
        while (end < n && Character.isLetter(s.charAt(end))) {
            end++;
        }
        int length = end - i;
        if (length < 2 || length > 10) {
            return false;
        }
        String word = s.substring(i, end).toLowerCase(Locale.ROOT);
        if (word.equals("de")) {
            int next = end;
            while (next < n && Character.isSpaceChar(s.charAt(next))) {
                next++;
            }
            return next > end && s.regionMatches(true, next, "heer", 0, 4);
        }
        return TITLE_WORDS.contains(word);
    }

    private static boolean isInitialsName(String value, Matcher m) {
        String surname = m.group(3);
        if (!isSurname(surname)) {
            return false;
        }
        String initials = m.group(1).replaceAll("[.\\h]", "");
        if (ABBREVIATIONS.contains(initials.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int count = 0;
        for (int i = 0; i < m.group(1).length(); i++) {
            if (m.group(1).charAt(i) == '.') {
                count++;
            }
        }
        if (count == 1) {
            Matcher before = WORD_BEFORE.matcher(value.substring(Math.max(0, m.start() - 40), m.start()));
            if (before.find() && REFERENCE_WORDS.contains(before.group(1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSurname(String word) {
        return !NOT_SURNAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
