package nl.jbr.integriteit.normalise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.jbr.integriteit.normalise.CategorieCatalogus.Label;

/**
 * Recognises a category in a label without letter code (or in the text after the letter): exact match
 * of a name, wording, variant or subcategory; a label naming two categories; a small typing error;
 * otherwise unknown, with a suggestion when the label contains words of exactly one category.
 */
final class CategorieHerkenning {

    enum Uitkomst {
        /** Exactly a label of one category. */
        EXACT,
        /** A label of one category with a small typing error. */
        GECORRIGEERD,
        /** Equally well a label of several categories (e.g. "Overig", or a typo between two). */
        AMBIGU,
        /** The label holds labels of two or more categories ("Belangenverstrengeling en fraude"). */
        MEERDERE,
        /** No category; {@code codes} holds a suggestion when there is exactly one plausible category. */
        ONBEKEND
    }

    /**
     * @param uitkomst what was found
     * @param codes    the category (EXACT, GECORRIGEERD), the candidates (AMBIGU, MEERDERE) or a suggestion
     *                 (ONBEKEND, at most one), in code order
     * @param label    the label matched (EXACT, GECORRIGEERD), else null; also null for a GECORRIGEERD label
     *                 made only of several labels of one category
     */
    record Treffer(Uitkomst uitkomst, List<String> codes, Label label) {

        boolean eenduidig() {
            return uitkomst == Uitkomst.EXACT || uitkomst == Uitkomst.GECORRIGEERD;
        }

        String code() {
            return codes.isEmpty() ? null : codes.get(0);
        }
    }

    private static final Set<String> STOPWOORDEN = Set.of("en", "of", "van", "de", "het", "een", "in", "met",
            "op", "bij", "door", "voor", "te", "der", "den", "aan", "om", "uit", "over", "en of", "niet");

    private final CategorieCatalogus catalogus;

    CategorieHerkenning(CategorieCatalogus catalogus) {
        this.catalogus = catalogus;
    }

    Treffer herken(String key) {
        if (key.isEmpty()) {
            return new Treffer(Uitkomst.ONBEKEND, List.of(), null);
        }
        Label eigen = catalogus.categorieLabel(key);
        if (eigen != null) {
            return new Treffer(Uitkomst.EXACT, List.of(eigen.code()), eigen);
        }
        List<Label> subs = catalogus.subLabels(key);
        if (!subs.isEmpty()) {
            Set<String> codes = new TreeSet<>();
            subs.forEach(l -> codes.add(l.code()));
            return codes.size() == 1
                    ? new Treffer(Uitkomst.EXACT, List.copyOf(codes), subs.get(0))
                    : new Treffer(Uitkomst.AMBIGU, List.copyOf(codes), null);
        }
        Genoemd genoemd = genoemdeCategorieen(key);
        if (genoemd.codes().size() > 1) {
            return new Treffer(Uitkomst.MEERDERE, genoemd.codes(), null);
        }
        Treffer fuzzy = metTypefout(key);
        if (fuzzy != null) {
            return fuzzy;
        }
        if (genoemd.codes().size() == 1) {
            // "Pesten en discriminatie": only labels of one category, nothing else -> that category
            boolean alles = true;
            for (String woord : key.split(" ")) {
                alles &= STOPWOORDEN.contains(woord) || genoemd.woorden().contains(woord);
            }
            return new Treffer(alles ? Uitkomst.GECORRIGEERD : Uitkomst.ONBEKEND, genoemd.codes(), null);
        }
        return new Treffer(Uitkomst.ONBEKEND, deelVan(key), null);
    }

    /**
     * The categories whose labels occur in {@code key} as whole words, ignoring a label that lies inside a
     * longer label found in the same key, and ignoring labels shared by several categories ("overig").
     */
    private record Genoemd(List<String> codes, Set<String> woorden) {
    }

    private Genoemd genoemdeCategorieen(String key) {
        String omlijst = " " + key + " ";
        List<int[]> spans = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (Label label : catalogus.zoekbareLabels()) {
            if (label.key().equals(key) || gedeeld(label)) {
                continue;
            }
            int start = omlijst.indexOf(" " + label.key() + " ");
            if (start >= 0) {
                spans.add(new int[] {start, start + label.key().length() + 1});
                labels.add(label);
            }
        }
        Set<String> resultaat = new TreeSet<>();
        Set<String> woorden = new java.util.HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            boolean binnenAnder = false;
            for (int j = 0; j < spans.size() && !binnenAnder; j++) {
                int[] t = spans.get(j);
                binnenAnder = j != i && t[0] <= s[0] && s[1] <= t[1] && (t[1] - t[0]) > (s[1] - s[0]);
            }
            if (!binnenAnder) {
                resultaat.add(labels.get(i).code());
                woorden.addAll(List.of(labels.get(i).key().split(" ")));
            }
        }
        return new Genoemd(List.copyOf(resultaat), woorden);
    }

    private boolean gedeeld(Label label) {
        return !label.soort().categorieNiveau() && catalogus.subLabels(label.key()).size() > 1;
    }

    /**
     * The best label within the typing tolerance. Two categories whose best labels are equally close or
     * differ by one typing error compete: AMBIGU. Null when no label is within tolerance.
     */
    private Treffer metTypefout(String key) {
        Map<String, Integer> besteAfstand = new TreeMap<>();
        Map<String, Label> besteLabel = new TreeMap<>();
        for (Label label : catalogus.zoekbareLabels()) {
            int max = Afstand.tolerantie(label.key().length());
            if (max == 0) {
                continue;
            }
            int d = Afstand.tussen(key, label.key(), max);
            if (d <= max && Afstand.woordenGelijkend(key, label.key())) {
                Integer eerder = besteAfstand.get(label.code());
                if (eerder == null || d < eerder
                        || (d == eerder && label.soort().categorieNiveau() && !besteLabel.get(label.code()).soort().categorieNiveau())) {
                    besteAfstand.put(label.code(), d);
                    besteLabel.put(label.code(), label);
                }
            }
        }
        if (besteAfstand.isEmpty()) {
            return null;
        }
        int minimum = besteAfstand.values().stream().min(Integer::compare).orElseThrow();
        List<String> dichtbij = new ArrayList<>();
        besteAfstand.forEach((code, d) -> {
            if (d <= minimum + 1) {
                dichtbij.add(code);
            }
        });
        if (dichtbij.size() > 1) {
            return new Treffer(Uitkomst.AMBIGU, dichtbij, null);
        }
        String code = dichtbij.get(0);
        return new Treffer(Uitkomst.GECORRIGEERD, List.of(code), besteLabel.get(code));
    }

    /** A suggestion for a fragment: the one category whose labels hold all of {@code key} as whole words. */
    private List<String> deelVan(String key) {
        if (key.length() < 4 || STOPWOORDEN.contains(key)) {
            return List.of();
        }
        String gezocht = " " + key + " ";
        Set<String> codes = new LinkedHashSet<>();
        for (Label label : catalogus.zoekbareLabels()) {
            if (!gedeeld(label) && (" " + label.key() + " ").contains(gezocht)) {
                codes.add(label.code());
            }
        }
        return codes.size() == 1 ? List.copyOf(codes) : List.of();
    }

    /**
     * Whether the text after a letter code resembles that category, once it is known not to point at another
     * category: a meaningful word of it is (nearly) a word of one of the category's labels, or the start of
     * one ("c. Lekken via e-mail"). Text without meaningful words resembles anything.
     */
    boolean woordenPassenBij(String code, String key) {
        Set<String> woorden = catalogus.woordenVan(code);
        boolean betekenisvol = false;
        for (String woord : key.split(" ")) {
            if (woord.length() >= 3 && !STOPWOORDEN.contains(woord)) {
                if (woordBekend(woord, woorden)) {
                    return true;
                }
                betekenisvol = true;
            }
        }
        return !betekenisvol;
    }

    private static boolean woordBekend(String woord, Set<String> woorden) {
        if (woorden.contains(woord)) {
            return true;
        }
        int max = Afstand.tolerantie(woord.length());
        for (String bekend : woorden) {
            if (woord.length() >= 4 && bekend.startsWith(woord)) {
                return true;
            }
            if (max > 0 && Afstand.tussen(woord, bekend, max) <= max) {
                return true;
            }
        }
        return false;
    }
}
