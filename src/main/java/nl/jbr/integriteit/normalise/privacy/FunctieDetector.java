package nl.jbr.integriteit.normalise.privacy;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Functions that only one person holds at a time ({@code input-schemas/privacy/unieke-functies.csv}): with a named
 * organisation or place ({@code de directeur van de Rijksvoorlichtingsdienst}, {@code de ambassadeur in Caracas},
 * {@code de consul-generaal te Shanghai}, {@code directeur Bedrijfsvoering}, {@code het hoofd van de afdeling
 * Inkoop}, {@code de DG Belastingdienst}), or on their own for the functions marked unique anyway
 * ({@code de SG}, {@code de secretaris-generaal}). Not after {@code een}, {@code geen} or {@code elke}
 * ({@code een directeur van de Belastingdienst} is one of many), not without a name ({@code de directeur},
 * {@code de minister}), and not when the function is the name of an organisation
 * ({@code input-schemas/privacy/organisaties.csv}): {@code de Nationale ombudsman} and {@code de Nationaal
 * Coördinator Terrorismebestrijding en Veiligheid} are institutions as well as the person who heads them.
 */
final class FunctieDetector implements Detector {

    /** Articles and pronouns that make a function one of many. */
    private static final Set<String> INDEFINITE = Set.of("een", "geen", "elke", "iedere", "ieder", "enkele", "alle",
            "twee", "drie", "vier", "sommige", "meerdere", "diverse", "andere", "oud", "voormalig", "voormalige");

    /** Lower-case words that name an organisation by themselves ("van de belastingdienst"). */
    private static final String ORGANISATION_WORD =
            "\\p{L}*(?:dienst|inspectie|bureau|agentschap|ambassade|consulaat|commando|ministerie|marechaussee"
            + "|douane|politie|rechtbank|parket|gemeente|provincie|waterstaat|bedrijf|autoriteit|instituut)";

    /** What makes a function name one person: an organisation or a place. */
    private static final String QUALIFIER =
            "\\h+(?:(?:van|bij|in|te|voor|der|op|aan)\\h+)?(?:(?:de|het|der|den)\\h+)?"
            + "(?:(?:afdeling|directie|sectie|eenheid|team|unit|divisie|cluster|sector|dienst|post|ambassade"
            + "|consulaat|directoraat-generaal)\\h+)?"
            + "(?:\\p{Lu}[\\p{L}-]*|" + ORGANISATION_WORD + "(?![\\p{L}]))";

    private final Pattern function;
    private final Pattern qualified;
    private final Map<String, Boolean> unique;
    /** First words of the functions, in lower case (or as written in capitals for abbreviations such as SG). */
    private final String[] stems;
    private final String[] abbreviations;

    private final Lijsten lijsten;

    FunctieDetector(Lijsten lijsten) {
        this.lijsten = lijsten;
        this.unique = lijsten.functies;
        String alternatives = lijsten.functies.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\h+\\Q"))
                .collect(Collectors.joining("|"));
        this.function = Pattern.compile("(?<![\\p{L}\\d-])(?i:" + alternatives + ")(?![\\p{L}\\d-])");
        this.qualified = Pattern.compile(QUALIFIER);
        this.stems = lijsten.functies.keySet().stream().map(f -> f.split("[ -]")[0]).filter(w -> w.length() > 3)
                .distinct().sorted().toArray(String[]::new);
        this.abbreviations = lijsten.functies.keySet().stream().filter(f -> f.length() <= 3)
                .map(f -> f.toUpperCase(Locale.ROOT)).distinct().sorted().toArray(String[]::new);
    }

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.FUNCTIE;
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        String value = text.value();
        if (!stats.contains(stems) && !containsAny(value, abbreviations)) {
            return false;
        }
        boolean found = false;
        Matcher m = function.matcher(value);
        Matcher q = Chars.anchoredMatcher(qualified, value);
        int n = value.length();
        while (m.find()) {
            if (INDEFINITE.contains(Chars.wordBefore(value, m.start()))) {
                continue;
            }
            if (lijsten.isOrganisatieNaamBij(value, m.start(), m.group().split("[\\s-]")[0])) {
                continue; // "de Nationale ombudsman", "de Nationaal Coördinator Terrorismebestrijding en Veiligheid"
            }
            String key = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean alwaysUnique = Boolean.TRUE.equals(unique.get(key));
            if (alwaysUnique && isShortUpperCaseOnly(key) && !m.group().equals(m.group().toUpperCase(Locale.ROOT))) {
                continue; // "sg", "dg", "cds" only as abbreviations in capitals
            }
            int end = m.end();
            if (alwaysUnique || Chars.matchesAt(q, end, n)) {
                int to = alwaysUnique ? end : q.end();
                text.blank(m.start(), to);
                found = true;
            }
        }
        return found;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortUpperCaseOnly(String key) {
        return key.length() <= 3;
    }
}
