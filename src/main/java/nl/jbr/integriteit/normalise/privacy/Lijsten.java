package nl.jbr.integriteit.normalise.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of {@code input-schemas/privacy/} (see the README there), read once from the class path. Names are
 * kept as {@link #key(String) keys}: lower case, accents removed, one space between words.
 */
final class Lijsten {

    private static final String MAP = "input-schemas/privacy/";

    /** First names that are not also ordinary words. */
    final Set<String> voornamen = new HashSet<>();
    /** First names that are also ordinary words ("Roos", "Max"): only in a name context. */
    final Set<String> voornamenGewoonWoord = new HashSet<>();
    /** Surnames with their tussenvoegsel ("de vries", "jansen") that are not also ordinary words. */
    final Set<String> achternamen = new HashSet<>();
    /** Surnames that are also ordinary words ("bakker", "de groot"): only in a name context. */
    final Set<String> achternamenGewoonWoord = new HashSet<>();
    /** Street-name endings: ending → {standalone word, also in lower case}. */
    final Map<String, boolean[]> straatUitgangen = new HashMap<>();
    /** Functions held by one person at a time: function (lower case) → unique without further words. */
    final Map<String, Boolean> functies = new HashMap<>();
    /** Names of organisations and their abbreviations, as {@link #compact} keys ("belastingdienst", "duo"). */
    final Set<String> organisaties = new HashSet<>();
    /** Abbreviations of organisations, in capitals as written ("OM", "AZ", "DUO"). */
    final Set<String> afkortingen = new HashSet<>();
    /** Names of organisations as {@link #key} (lower case, one space), by their first word. */
    final Map<String, List<String>> organisatiesOpEersteWoord = new HashMap<>();

    private static final Lijsten STANDAARD = new Lijsten();

    private Lijsten() {
        for (String[] r : lees("voornamen.csv")) {
            (ja(r[1]) ? voornamenGewoonWoord : voornamen).add(key(r[0]));
        }
        for (String[] r : lees("achternamen.csv")) {
            (ja(r[1]) ? achternamenGewoonWoord : achternamen).add(key(r[0]));
        }
        for (String[] r : lees("straatnaam-uitgangen.csv")) {
            straatUitgangen.put(key(r[0]), new boolean[] {ja(r[1]), ja(r[2])});
        }
        for (String[] r : lees("unieke-functies.csv")) {
            functies.put(r[0].strip().toLowerCase(Locale.ROOT), ja(r[1]));
        }
        for (String[] r : lees("organisaties.csv")) {
            organisaties.add(compact(r[0]));
            String naam = key(r[0]);
            organisatiesOpEersteWoord.computeIfAbsent(naam.split(" ")[0], k -> new ArrayList<>()).add(naam);
            if (r.length > 1 && !r[1].isBlank()) {
                organisaties.add(compact(r[1]));
                afkortingen.add(r[1].strip().toUpperCase(Locale.ROOT));
            }
        }
    }

    /**
     * Whether a social-media handle ({@code rijksoverheid}, {@code Belastingdienst}, {@code DUO_nl}) is the account
     * of a listed organisation: the handle without '_', '-' and '.' and without a trailing "nl" is a listed name
     * or abbreviation.
     */
    boolean isOrganisatieAccount(String handle) {
        String key = compact(handle);
        return organisaties.contains(key)
                || key.length() > 3 && key.endsWith("nl") && organisaties.contains(key.substring(0, key.length() - 2));
    }

    /**
     * Whether the name of a listed organisation starts at offset {@code i} of {@code s}, whose word there is
     * {@code firstWord} in lower case ("Nationale ombudsman", "Nationaal Coördinator Terrorismebestrijding en
     * Veiligheid"): accents and case as written in the list or not, spaces as one.
     */
    boolean isOrganisatieNaamBij(String s, int i, String firstWord) {
        List<String> names = organisatiesOpEersteWoord.get(key(firstWord));
        if (names == null) {
            return false;
        }
        String rest = key(s.substring(i, Math.min(s.length(), i + 80)));
        for (String name : names) {
            if (rest.startsWith(name)
                    && (rest.length() == name.length() || !Character.isLetter(rest.charAt(name.length())))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #key} without spaces, hyphens, underscores, dots or slashes. */
    static String compact(String s) {
        String k = key(s);
        StringBuilder sb = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c != ' ' && c != '-' && c != '_' && c != '.' && c != '/') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static Lijsten standaard() {
        return STANDAARD;
    }

    boolean isVoornaam(String key) {
        return voornamen.contains(key) || voornamenGewoonWoord.contains(key);
    }

    boolean isAchternaam(String key) {
        return achternamen.contains(key) || achternamenGewoonWoord.contains(key);
    }

    /** Lower case, accents removed; words separated by one space. */
    static String key(String s) {
        String lower = s.strip().toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7e) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return lower.indexOf("  ") < 0 ? lower : lower.replaceAll(" +", " ");
        }
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c == 'ı' ? 'i' : c);
            }
        }
        return sb.toString().replaceAll(" +", " ");
    }

    private static boolean ja(String s) {
        return "ja".equalsIgnoreCase(s.strip());
    }

    private static List<String[]> lees(String bestand) {
        List<String[]> rijen = new ArrayList<>();
        try (InputStream in = Lijsten.class.getClassLoader().getResourceAsStream(MAP + bestand)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + MAP + bestand);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String regel = r.readLine(); // header
            while ((regel = r.readLine()) != null) {
                if (!regel.isBlank()) {
                    rijen.add(regel.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MAP + bestand, e);
        }
        return rijen;
    }
}
