package nl.jbr.integriteit.normalise.privacy;

import java.util.Locale;
import java.util.Set;

/**
 * Person names without a title, from the lists of {@code input-schemas/privacy/}: a first name ({@code Marieke
 * heeft ...}, {@code teamleider Pieter Jansen}) or a surname with its tussenvoegsel ({@code JANSEN}, {@code j.
 * jansen}, {@code Jansen, J.}, {@code van der Meer}), in any case. A name that is also an ordinary word ({@code
 * Bakker}, {@code Visser}, {@code de Groot}, {@code Roos}) counts only in a name context: next to a first name or
 * initials, after a title or a function word ({@code collega Visser}), with a capitalised tussenvoegsel in the
 * middle of a sentence ({@code met De Groot}), or followed by initials ({@code Bakker, J.}). Finally an unknown
 * capitalised word followed by initials ({@code Smeenge, J.}) or preceded by a function word and a listed first name
 * is a name too.
 */
final class NaamlijstDetector implements Detector {

    private static final Set<String> TUSSENVOEGSELS = Set.of("van", "de", "der", "den", "ter", "ten", "te", "het",
            "'t", "in", "op", "la", "le", "el", "al", "da", "dos", "von", "du", "di", "ben", "bin", "abu", "ibn");

    /** Words before a name that make it a person ("collega Visser", "teamleider Bakker"). */
    static final Set<String> FUNCTION_WORDS = Set.of("collega", "teamleider", "medewerker", "medewerkster",
            "leidinggevende", "manager", "chef", "directeur", "afdelingshoofd", "hoofd", "melder", "betrokkene",
            "vertrouwenspersoon", "coördinator", "coordinator", "adviseur", "beleidsmedewerker", "secretaresse",
            "stagiair", "stagiaire", "inspecteur", "agent", "wachtmeester", "brigadier", "sergeant", "korporaal",
            "soldaat", "luitenant", "kapitein", "majoor", "kolonel", "generaal", "officier", "rechercheur",
            "ambtenaar", "functionaris", "baliemedewerker", "projectleider", "teamchef", "unitmanager", "controller",
            "jurist", "beveiliger", "bewaarder", "penitentiair", "inrichtingswerker", "chauffeur", "receptioniste",
            "klager", "verdachte", "getuige", "dader", "slachtoffer", "meneer", "mevrouw", "heer", "dhr", "mevr", "mw",
            "mej", "mr", "dr", "drs", "ir", "ing", "prof", "ds", "oud-collega", "ex-collega", "teamgenoot",
            "leerling", "cursist", "trainee", "uitzendkracht", "inhuurkracht", "externe", "leverancier", "partner",
            "echtgenoot", "echtgenote", "vriend", "vriendin", "zoon", "dochter", "broer", "zus", "vader", "moeder",
            "genaamd", "heet", "namens");

    /** Capitalised words that follow a first name without making it a name ("Max. 3 dagen" is not one anyway). */
    private static final Set<String> NOT_AFTER_FIRST = Set.of("zwarte", "sint");

    private final Lijsten lijsten;

    NaamlijstDetector(Lijsten lijsten) {
        this.lijsten = lijsten;
    }

    @Override
    public Persoonsgegeven soort() {
        return Persoonsgegeven.PERSOONSNAAM;
    }

    /** One word of the text. */
    private record Token(int start, int end, String key, boolean capital, boolean upper, boolean initial) {
    }

    @Override
    public boolean detect(MaskedText text, TextStats stats) {
        String value = text.value();
        Token[] tokens = tokenise(value);
        int count = tokens.length;
        if (count == 0) {
            return false;
        }
        boolean shouting = !hasLowerCase(value);
        boolean found = false;
        boolean[] hit = new boolean[count];
        for (int i = 0; i < count; i++) {
            Token t = tokens[i];
            if (t.initial() || t.key().length() < 2) {
                continue;
            }
            // a surname with its tussenvoegsels: the longest listed form starting here
            int last = surnameEnd(tokens, i, value);
            if (last >= 0) {
                String key = joinKeys(tokens, i, last);
                boolean ordinary = lijsten.achternamenGewoonWoord.contains(key);
                if (!ordinary || surnameContext(tokens, i, last, value, shouting)) {
                    markHit(hit, i, last);
                    found = true;
                    i = last;
                    continue;
                }
            }
            if (isFirstName(tokens, i, value, shouting)) {
                hit[i] = true;
                found = true;
                continue;
            }
            if (t.capital() && !t.upper() && followedByInitials(tokens, i, value)
                    && !PersoonsnaamDetector.isCommonWord(t.key())) {
                hit[i] = true; // "Smeenge, J."
                found = true;
            }
        }
        if (found) {
            for (int i = 0; i < count; i++) {
                if (hit[i]) {
                    text.blank(tokens[i].start(), tokens[i].end());
                }
            }
        }
        return found;
    }

    private static void markHit(boolean[] hit, int from, int to) {
        for (int k = from; k <= to; k++) {
            hit[k] = true;
        }
    }

    /** The index of the last token of a listed surname starting at {@code i}, or -1. */
    private int surnameEnd(Token[] tokens, int i, String value) {
        if (!TUSSENVOEGSELS.contains(tokens[i].key())) {
            return lijsten.isAchternaam(tokens[i].key()) ? i : -1; // the common case, without building a key
        }
        int best = -1;
        StringBuilder key = new StringBuilder();
        for (int j = i; j < tokens.length && j < i + 5; j++) {
            if (j > i) {
                if (!onlySpacesBetween(value, tokens[j - 1].end(), tokens[j].start())) {
                    break;
                }
                key.append(' ');
            }
            key.append(tokens[j].key());
            String k = key.toString();
            if (!TUSSENVOEGSELS.contains(tokens[j].key()) || j == i + 4) {
                if (lijsten.isAchternaam(k)) {
                    best = j;
                }
                break;
            }
            if (j > i && lijsten.isAchternaam(k)) {
                best = j;
            }
        }
        if (best >= 0 && best > i) {
            // "van Dijk" but not "van dijk tot dijk": with a tussenvoegsel the name itself is capitalised,
            // unless the whole text is in one case
            Token core = tokens[best];
            if (!core.capital() && hasUpperCase(value) && lijsten.achternamenGewoonWoord.contains(joinKeys(tokens, i, best))) {
                return -1;
            }
        }
        if (best == i && tokens[i].initial()) {
            return -1;
        }
        return best;
    }

    private boolean surnameContext(Token[] tokens, int first, int last, String value, boolean shouting) {
        Token core = tokens[last];
        boolean capitalised = core.capital() || shouting;
        if (!capitalised) {
            return false;
        }
        if (last > first && tokens[first].capital() && !shouting && !sentenceStart(value, tokens[first].start())) {
            return true; // "met De Groot gesproken"
        }
        if (last > first && !shouting && !sentenceStart(value, tokens[first].start())
                && !nextIsCapitalised(tokens, last, value)) {
            return true; // "met de Groot gesproken", but not "in de Grote Markt"
        }
        if (first > 0) {
            Token before = tokens[first - 1];
            if (onlySpacesOrDotBetween(value, before.end(), tokens[first].start())) {
                if (before.initial()) {
                    return true; // "J. Bakker", "j. bakker"
                }
                if (lijsten.isVoornaam(before.key()) && (before.capital() || shouting)) {
                    return true; // "Pieter Bakker"
                }
                if (FUNCTION_WORDS.contains(before.key()) && (!sentenceStart(value, core.start()) || last > first)) {
                    return true; // "collega Visser"
                }
            }
        }
        return followedByInitials(tokens, last, value);
    }

    private boolean isFirstName(Token[] tokens, int i, String value, boolean shouting) {
        Token t = tokens[i];
        String key = t.key();
        if (!lijsten.isVoornaam(key)) {
            return false;
        }
        if (i > 0 && NOT_AFTER_FIRST.contains(tokens[i - 1].key())) {
            return false; // "Zwarte Piet"
        }
        boolean ordinary = lijsten.voornamenGewoonWoord.contains(key);
        boolean nextIsName = i + 1 < tokens.length && onlySpacesBetween(value, t.end(), tokens[i + 1].start())
                && (lijsten.isAchternaam(tokens[i + 1].key()) || TUSSENVOEGSELS.contains(tokens[i + 1].key())
                        && i + 2 < tokens.length && tokens[i + 2].capital()
                        || tokens[i + 1].capital() && !shouting && !sentenceStart(value, t.start()));
        boolean afterFunction = i > 0 && FUNCTION_WORDS.contains(tokens[i - 1].key())
                && onlySpacesOrDotBetween(value, tokens[i - 1].end(), t.start());
        if (ordinary) {
            return (t.capital() || shouting) && (nextIsName || afterFunction);
        }
        if (t.capital() || t.upper()) {
            return true; // "Marieke heeft", "PIETER"
        }
        // lower case: "pieter jansen", "collega marieke"
        return nextIsName || afterFunction;
    }

    private static boolean followedByInitials(Token[] tokens, int i, String value) {
        int j = tokens[i].end();
        int n = value.length();
        if (j >= n || value.charAt(j) != ',') {
            return false;
        }
        j++;
        while (j < n && value.charAt(j) == ' ') {
            j++;
        }
        int initials = 0;
        while (j + 1 < n && Character.isLetter(value.charAt(j)) && value.charAt(j + 1) == '.'
                && (j == 0 || !Character.isLetter(value.charAt(j - 1)))) {
            initials++;
            j += 2;
            while (j < n && value.charAt(j) == ' ' && j + 2 < n && value.charAt(j + 2) == '.') {
                j++;
            }
        }
        return initials > 0 && (j >= n || !Character.isLetter(value.charAt(j)));
    }

    private static boolean nextIsCapitalised(Token[] tokens, int i, String value) {
        return i + 1 < tokens.length && tokens[i + 1].capital()
                && onlySpacesBetween(value, tokens[i].end(), tokens[i + 1].start());
    }

    /** Whether offset {@code i} starts a sentence: the text start, or after . ! ? : ; or an opening quote. */
    private static boolean sentenceStart(String s, int i) {
        int j = i;
        while (j > 0 && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '"' || s.charAt(j - 1) == '(')) {
            j--;
        }
        if (j == 0) {
            return true;
        }
        char c = s.charAt(j - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '-' || c == '*';
    }

    private static boolean onlySpacesBetween(String s, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean onlySpacesOrDotBetween(String s, int from, int to) {
        if (to < from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static String joinKeys(Token[] tokens, int from, int to) {
        if (from == to) {
            return tokens[from].key();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k <= to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tokens[k].key());
        }
        return sb.toString();
    }

    private static boolean hasLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUpperCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words: letters with inner apostrophes ("O'Neill", "'t"); a hyphen splits ("Jansen-Bakker" is two tokens).
     * A single letter followed by '.' is an initial.
     */
    private static Token[] tokenise(String s) {
        int n = s.length();
        java.util.ArrayList<Token> list = new java.util.ArrayList<>();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean apostropheT = c == '\'' && i + 1 < n && (s.charAt(i + 1) == 't' || s.charAt(i + 1) == 's')
                    && (i + 2 >= n || !Character.isLetter(s.charAt(i + 2)))
                    && (i == 0 || !Character.isLetter(s.charAt(i - 1)));
            if (!Character.isLetter(c) && !apostropheT) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < n && (Character.isLetter(s.charAt(i))
                    || s.charAt(i) == '\'' && i + 1 < n && Character.isLetter(s.charAt(i + 1)))) {
                i++;
            }
            String word = s.substring(start, i);
            boolean upper = word.length() > 1 && !hasLowerCase(word);
            boolean capital = Character.isUpperCase(word.charAt(0)) || apostropheT;
            boolean initial = word.length() == 1 && i < n && s.charAt(i) == '.';
            list.add(new Token(start, i, Lijsten.key(word), capital, upper, initial));
        }
        return list.toArray(new Token[0]);
    }
}
