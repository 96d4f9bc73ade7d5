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
 *
 * <p>Without title or initials, a surname is recognised by its tussenvoegsel: a capitalised one in the middle of a
 * sentence ({@code gesproken met Van Dam}, {@code door Ter Horst}), or one of the most common Dutch surnames with
 * {@code de} or {@code van} ({@code De Vries}, {@code de Jong}, {@code van Dijk}, {@code van den Berg}).
 */
final class PersoonsnaamDetector implements Detector {

    /** Surname: a capital, lower-case letters; apostrophes (D'Hondt, O'Neill) and a double name (Jansen-Bakker). */
    private static final String SURNAME =
            "(\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}[\\p{L}'’]*+(?:-\\p{Lu}\\p{Ll}[\\p{L}'’]*+)?)(?![\\p{L}\\d@])";

    /** Tussenvoegsels, in any case ("De Vries", "van der Berg"). */
    private static final String TUSSENVOEGSELS =
            "((?:(?i:van|de|der|den|het|ter|ten|in\\h+['’]t|op\\h+den|'t|’t|'s|’s"
            + "|el|al|la|le|du|da|di|dos|von|bin|ben|abu|ibn)\\h+){0,4})";

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

    private static final Pattern TUSSENVOEGSEL_NAME = Pattern.compile(
            "(?<![\\p{L}])((?i:van(?:\\h+(?:der|den|de|het|['’]t))?|ter|ten|op\\h+den?|in\\h+['’]t|de))\\h+"
            + SURNAME);

    /** The words a {@link #TUSSENVOEGSEL_NAME} can start with. */
    private static final Set<String> TUSSENVOEGSEL_WORDS = Set.of("van", "ter", "ten", "op", "in", "de");

    /** Common Dutch surnames written with "de" (not Koning: "de Koning" is the King). */
    private static final Set<String> DE_SURNAMES = Set.of(
            "jong", "vries", "boer", "groot", "graaf", "wit", "bruijn", "bruin", "bruyn", "haan", "lange", "leeuw",
            "vos", "ruiter", "klerk", "kok", "roos", "waal", "beer", "kleijn", "rooij", "ridder", "winter",
            "zwart", "backer", "meijer", "wilde", "jonge", "bont", "goede", "bakker", "vreeze", "weerd");

    /** Common Dutch surnames written with "van", "van der" or "van den". */
    private static final Set<String> VAN_SURNAMES = Set.of(
            "dijk", "berg", "meer", "leeuwen", "linden", "beek", "vliet", "heijden", "dam", "wal", "veen",
            "velden", "wijk", "bergen", "doorn", "loon", "dongen", "zanten", "eijk", "ham", "hoek", "laan",
            "dalen", "wijngaarden", "rossum", "steen", "heuvel", "broek", "brink", "pol", "put", "ven",
            "os", "zwet", "hulst", "gils", "lier", "schaik");

    /** The first words of {@link #TITLE} ("de" is checked with "heer"). */
    private static final Set<String> TITLE_WORDS = Set.of(
            "dhr", "mevr", "mw", "mej", "mr", "dr", "drs", "ir", "prof", "ds", "ing", "meneer", "mevrouw",
            "mejuffrouw", "juffrouw");

    /** Dotted abbreviations that look like initials. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "NB", "PS", "PO", "ASR", "AI", "OM", "BV", "NV", "CV", "EU", "VS", "VN", "UK", "AD", "BC", "VOF",
            "AIVD", "MIVD", "FIOD", "CAO", "ARAR", "KMAR", "OR", "HR", "ICT", "IT", "PZ", "MT", "DG", "SG", "PSG",
            "VWS");

    /** Words before a single capital that make it a reference ("bijlage B."), not an initial. */
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
            "dienstverlening", "apel", "inspectie", "rechtbank", "openbaar", "integriteit", "personeelszaken",
            "juridische");

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
        Matcher tussenvoegsel = Chars.anchoredMatcher(TUSSENVOEGSEL_NAME, value);
        for (int i = 0; i < n; i++) {
            if (!Chars.startsWord(value, i)) {
                continue;
            }
            int end = i + 1;
            while (end < n && Character.isLetter(value.charAt(end))) {
                end++;
            }
            int length = end - i;
            char first = Character.toLowerCase(value.charAt(i));
            if (length >= 2 && length <= 10 && "dmijp".indexOf(first) >= 0 && startsTitle(value, i, end)
                    && Chars.matchesAt(title, i, n) && isSurname(title.group(2))) {
                text.blank(i, title.end());
                found = true;
                i = title.end() - 1;
            } else if (initials != null && length <= 3 && end < n && value.charAt(end) == '.'
                    && Character.isUpperCase(value.charAt(i))
                    && Chars.matchesAt(initials, i, n) && isInitialsName(value, initials)) {
                text.blank(i, initials.end());
                found = true;
                i = initials.end() - 1;
            } else if (length >= 2 && length <= 3 && "vtoid".indexOf(first) >= 0
                    && TUSSENVOEGSEL_WORDS.contains(value.substring(i, end).toLowerCase(Locale.ROOT))
                    && Chars.matchesAt(tussenvoegsel, i, n) && isTussenvoegselName(value, tussenvoegsel)) {
                text.blank(i, tussenvoegsel.end());
                found = true;
                i = tussenvoegsel.end() - 1;
            } else {
                i = end - 1;
            }
        }
        return found;
    }

    /** Whether the word {@code [i, end)} is a title or form of address (cheap test before the full pattern). */
    private static boolean startsTitle(String s, int i, int end) {
        int n = s.length();
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

    private static boolean isTussenvoegselName(String value, Matcher m) {
        String prefix = m.group(1);
        String surname = m.group(2).toLowerCase(Locale.ROOT);
        String first = prefix.substring(0, 2).toLowerCase(Locale.ROOT);
        if (first.equals("de")) {
            // "de Lange Voorhout" is a street: a known surname followed by another capitalised word is not taken
            return DE_SURNAMES.contains(surname) && !capitalisedWordFollows(value, m.end());
        }
        if (first.equals("va") && VAN_SURNAMES.contains(surname) && !capitalisedWordFollows(value, m.end())) {
            return true;
        }
        return Character.isUpperCase(prefix.charAt(0)) && isMidSentence(value, m.start()) && isSurname(surname)
                && !capitalisedWordFollows(value, m.end());
    }

    private static boolean capitalisedWordFollows(String s, int end) {
        int j = end;
        while (j < s.length() && Character.isSpaceChar(s.charAt(j))) {
            j++;
        }
        return j > end && j < s.length() && Character.isUpperCase(s.charAt(j));
    }

    /** Whether offset {@code i} follows a lower-case word or a comma, so a capital there is not a sentence start. */
    private static boolean isMidSentence(String s, int i) {
        int j = i;
        while (j > 0 && Character.isSpaceChar(s.charAt(j - 1))) {
            j--;
        }
        if (j == i || j == 0) {
            return false;
        }
        char c = s.charAt(j - 1);
        return Character.isLowerCase(c) || c == ',';
    }

    private static boolean isInitialsName(String value, Matcher m) {
        if (!isSurname(m.group(3))) {
            return false;
        }
        String dotted = m.group(1);
        StringBuilder letters = new StringBuilder(dotted.length());
        int count = 0;
        for (int i = 0; i < dotted.length(); i++) {
            char c = dotted.charAt(i);
            if (c == '.') {
                count++;
            } else if (Character.isLetter(c)) {
                letters.append(Character.toUpperCase(c));
            }
        }
        if (ABBREVIATIONS.contains(letters.toString())) {
            return false;
        }
        return count > 1 || !REFERENCE_WORDS.contains(Chars.wordBefore(value, m.start()));
    }

    /** Whether a lower-case word is a common Dutch word that is never taken for a surname. */
    static boolean isCommonWord(String lower) {
        return NOT_SURNAMES.contains(lower);
    }

    private static boolean isSurname(String word) {
        return !NOT_SURNAMES.contains(word.toLowerCase(Locale.ROOT));
    }
}
