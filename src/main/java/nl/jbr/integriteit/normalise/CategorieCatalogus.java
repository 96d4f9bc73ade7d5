package nl.jbr.integriteit.normalise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Everything known about the categories, read from {@code input-schemas/}: {@code categorieen.csv}
 * (code, naam, formulering), {@code subcategorieen.csv}, {@code categorie-varianten.csv} (older and
 * shortened wordings of a category) and {@code subcategorie-varianten.csv} (other wordings of a
 * subcategory). Every label is kept with its {@link TextKey}.
 */
final class CategorieCatalogus {

    /** What kind of label a text is. */
    enum Soort {
        NAAM, FORMULERING, VARIANT, SUBCATEGORIE, SUBVARIANT;

        boolean categorieNiveau() {
            return this == NAAM || this == FORMULERING || this == VARIANT;
        }
    }

    /**
     * One label.
     *
     * @param key          its TextKey
     * @param code         the category it belongs to
     * @param soort        name, wording, variant, subcategory or subcategory variant
     * @param subcategorie for subcategory labels the canonical subcategory label, else null
     */
    record Label(String key, String code, Soort soort, String subcategorie) {
    }

    static final String OVERIG = "overig";

    private final List<Categorie> categorieen;
    private final Map<String, Categorie> perCode;
    private final Map<String, Label> categorieLabels = new HashMap<>();
    private final Map<String, List<Label>> subLabels = new HashMap<>();
    private final Map<String, Map<String, Label>> subLabelsPerCode = new HashMap<>();
    private final Map<String, Set<String>> woordenPerCode = new HashMap<>();
    private final List<Label> zoekbaar = new ArrayList<>();

    CategorieCatalogus(SchemaSource schemas) {
        List<Categorie> lijst = new ArrayList<>();
        Map<String, Categorie> codes = new LinkedHashMap<>();
        for (Map<String, String> row : schemas.rows("categorieen.csv")) {
            String code = row.get("code").toLowerCase(java.util.Locale.ROOT);
            Categorie categorie = new Categorie(code, row.get("naam"));
            if (code.length() != 1 || code.charAt(0) < 'a' || code.charAt(0) > 'z' || codes.put(code, categorie) != null) {
                throw new IllegalStateException("categorieen.csv: invalid or duplicate code '" + code + "'");
            }
            lijst.add(categorie);
            subLabelsPerCode.put(code, new LinkedHashMap<>());
            woordenPerCode.put(code, new HashSet<>());
            voegCategorieLabelToe(code, row.get("naam"), Soort.NAAM);
            String formulering = row.getOrDefault("formulering", "");
            if (!formulering.isBlank()) {
                voegCategorieLabelToe(code, formulering, Soort.FORMULERING);
            }
        }
        this.categorieen = Collections.unmodifiableList(lijst);
        this.perCode = Collections.unmodifiableMap(codes);
        for (Map<String, String> row : schemas.rows("categorie-varianten.csv")) {
            voegCategorieLabelToe(bekendeCode(row.get("categorie_code"), "categorie-varianten.csv"), row.get("label"),
                    Soort.VARIANT);
        }
        for (Map<String, String> row : schemas.rows("subcategorieen.csv")) {
            String code = bekendeCode(row.get("categorie_code"), "subcategorieen.csv");
            String sub = row.get("subcategorie");
            voegSubLabelToe(code, sub, sub, Soort.SUBCATEGORIE);
        }
        for (Map<String, String> row : schemas.rows("subcategorie-varianten.csv")) {
            String code = bekendeCode(row.get("categorie_code"), "subcategorie-varianten.csv");
            Label canoniek = subLabelsPerCode.get(code).get(TextKey.of(row.get("subcategorie")));
            if (canoniek == null || canoniek.soort() != Soort.SUBCATEGORIE) {
                throw new IllegalStateException("subcategorie-varianten.csv: '" + row.get("subcategorie")
                        + "' is not a subcategory of " + code);
            }
            voegSubLabelToe(code, canoniek.subcategorie(), row.get("label"), Soort.SUBVARIANT);
        }
        // Searchable for a category: all category labels, and every subcategory label unless the same
        // words are another category's own name, wording or variant (that category wins).
        zoekbaar.addAll(categorieLabels.values());
        for (List<Label> labels : subLabels.values()) {
            for (Label label : labels) {
                Label eigen = categorieLabels.get(label.key());
                if (eigen == null) {
                    zoekbaar.add(label);
                }
            }
        }
        zoekbaar.sort(java.util.Comparator.comparing(Label::code).thenComparing(Label::key));
    }

    private String bekendeCode(String code, String bestand) {
        String c = code == null ? "" : code.toLowerCase(java.util.Locale.ROOT);
        if (!perCode.containsKey(c)) {
            throw new IllegalStateException(bestand + ": unknown category code '" + code + "'");
        }
        return c;
    }

    private void voegCategorieLabelToe(String code, String tekst, Soort soort) {
        String key = TextKey.of(tekst);
        if (key.isEmpty()) {
            throw new IllegalStateException("empty category label for " + code);
        }
        Label bestaand = categorieLabels.get(key);
        if (bestaand != null && !bestaand.code().equals(code)) {
            throw new IllegalStateException("category label '" + tekst + "' is used for both " + bestaand.code()
                    + " and " + code);
        }
        if (bestaand == null) {
            categorieLabels.put(key, new Label(key, code, soort, null));
        }
        woordenPerCode.get(code).addAll(List.of(key.split(" ")));
    }

    private void voegSubLabelToe(String code, String canoniek, String tekst, Soort soort) {
        String key = TextKey.of(tekst);
        if (key.isEmpty()) {
            throw new IllegalStateException("empty subcategory label for " + code);
        }
        Map<String, Label> vanCategorie = subLabelsPerCode.get(code);
        Label bestaand = vanCategorie.get(key);
        if (bestaand != null) {
            if (!bestaand.subcategorie().equals(canoniek)) {
                throw new IllegalStateException("subcategory label '" + tekst + "' is used for two subcategories of "
                        + code);
            }
            return;
        }
        Label label = new Label(key, code, soort, canoniek);
        vanCategorie.put(key, label);
        subLabels.computeIfAbsent(key, k -> new ArrayList<>()).add(label);
        woordenPerCode.get(code).addAll(List.of(key.split(" ")));
    }

    List<Categorie> categorieen() {
        return categorieen;
    }

    Categorie categorie(String code) {
        return perCode.get(code);
    }

    boolean isCode(String code) {
        return perCode.containsKey(code);
    }

    /** The category label (name, wording, variant) with this key, or null. */
    Label categorieLabel(String key) {
        return categorieLabels.get(key);
    }

    /** All subcategory labels with this key, of every category. */
    List<Label> subLabels(String key) {
        return subLabels.getOrDefault(key, List.of());
    }

    /** The subcategory labels of one category, by key. */
    Map<String, Label> subLabelsVan(String code) {
        return subLabelsPerCode.getOrDefault(code, Map.of());
    }

    /** The words occurring in any label of the category. */
    Set<String> woordenVan(String code) {
        return woordenPerCode.getOrDefault(code, Set.of());
    }

    /** The labels a category value is matched against (see the constructor for which). */
    List<Label> zoekbareLabels() {
        return zoekbaar;
    }
}
