package nl.jbr.integriteit.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.normalise.CategorieCatalogus.Label;
import nl.jbr.integriteit.normalise.CategorieHerkenning.Treffer;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * Maps the {@code categorie} and {@code subcategorie} values of one incident row onto the rijksbrede
 * typering (contract section 4). All category knowledge is data in {@code input-schemas/}; see
 * {@link CategorieCatalogus}. Results are cached per distinct pair of values, and the two halves of the work apart:
 * the category per distinct categorie value and the subcategory per category and distinct subcategorie value, so
 * the typing-error search runs once per label rather than once per combination a file happens to contain.
 */
public final class CategorieNormaliser {

    static final String KOLOM_CATEGORIE = "categorie";
    static final String KOLOM_SUBCATEGORIE = "subcategorie";
    private static final int CACHE_GROOTTE = 10_000;

    private final CategorieCatalogus catalogus;
    private final CategorieHerkenning herkenning;
    private final char laatsteCode;
    private final String bereik;
    private final BegrensdeCache<Invoer, Uitslag> cache = new BegrensdeCache<>(CACHE_GROOTTE);
    private final BegrensdeCache<String, Uitslag> perCategorie = new BegrensdeCache<>(CACHE_GROOTTE);
    private final BegrensdeCache<SubInvoer, Uitslag> perSubcategorie = new BegrensdeCache<>(CACHE_GROOTTE);

    public CategorieNormaliser(SchemaSource schemas) {
        this(new CategorieCatalogus(schemas));
    }

    CategorieNormaliser(CategorieCatalogus catalogus) {
        this.catalogus = catalogus;
        this.herkenning = new CategorieHerkenning(catalogus);
        List<Categorie> lijst = catalogus.categorieen();
        char laatste = 'a';
        for (Categorie c : lijst) {
            laatste = (char) Math.max(laatste, c.code().charAt(0));
        }
        this.laatsteCode = laatste;
        this.bereik = lijst.get(0).code() + " t/m " + lijst.get(lijst.size() - 1).code();
    }

    /** The categories a..i, in order. */
    public List<Categorie> categorieen() {
        return catalogus.categorieen();
    }

    /**
     * One row: its spreadsheet row number, its categorie value and its (possibly empty/null) subcategorie
     * value. Findings use the canonical column names "categorie" / "subcategorie" (the caller renames them
     * to the file's own header).
     */
    public Categorisering categoriseer(long regel, String categorie, String subcategorie) {
        Uitslag uitslag = cache.get(new Invoer(categorie, subcategorie), this::bepaal);
        List<Bevinding> bevindingen = new ArrayList<>(uitslag.sjablonen().size());
        for (Sjabloon s : uitslag.sjablonen()) {
            bevindingen.add(s.voorRegel(regel));
        }
        return new Categorisering(uitslag.code(), uitslag.subcategorie(), bevindingen);
    }

    private record Invoer(String categorie, String subcategorie) {
    }

    /** The row's category code (null when the category is in error) and its subcategorie value. */
    private record SubInvoer(String code, String subcategorie) {
    }

    /** A finding without its row number: what the cache keeps. */
    private record Sjabloon(String kolom, String waarde, Ernst ernst, BevindingCode code, String tekst) {
        Bevinding voorRegel(long regel) {
            return new Bevinding(regel, kolom, waarde, ernst, code, "Regel " + regel + ": " + tekst);
        }
    }

    private record Uitslag(String code, String subcategorie, List<Sjabloon> sjablonen) {
    }

    private Uitslag bepaal(Invoer invoer) {
        Uitslag categorie = perCategorie.get(invoer.categorie() == null ? "" : invoer.categorie(), this::bepaalCategorie);
        String sub = invoer.subcategorie();
        if (sub == null || sub.isBlank()) {
            return categorie;
        }
        // the subcategory depends on the category's code and the subcategorie value only
        Uitslag subcategorie = perSubcategorie.get(new SubInvoer(categorie.code(), sub), this::bepaalSubcategorie);
        List<Sjabloon> bevindingen = new ArrayList<>(categorie.sjablonen());
        bevindingen.addAll(subcategorie.sjablonen());
        return new Uitslag(categorie.code(), subcategorie.subcategorie(), List.copyOf(bevindingen));
    }

    private Uitslag bepaalSubcategorie(SubInvoer invoer) {
        List<Sjabloon> bevindingen = new ArrayList<>();
        String subcategorie = subcategorie(invoer.code(), invoer.subcategorie(), bevindingen);
        return new Uitslag(invoer.code(), subcategorie, List.copyOf(bevindingen));
    }

    /** The category of a categorie value, and the subcategory the value itself names, if any. */
    private Uitslag bepaalCategorie(String waarde) {
        List<Sjabloon> bevindingen = new ArrayList<>();
        String code = null;
        String subcategorie = null;
        if (waarde.isBlank()) {
            bevindingen.add(fout(waarde, BevindingCode.WAARDE_ONTBREEKT, "de categorie is niet ingevuld; elke melding "
                    + "moet een categorie (" + bereik + ") hebben, dus het bestand wordt niet geaccepteerd."));
        } else {
            LetterCode letterCode = LetterCode.lees(waarde, laatsteCode);
            String tweede = letterCode.letter() == null ? null
                    : LetterCode.andereCode(letterCode.rest(), letterCode.letter(), laatsteCode);
            if (tweede != null && catalogus.isCode(letterCode.letter()) && catalogus.isCode(tweede)) {
                List<String> codes = letterCode.letter().compareTo(tweede) < 0
                        ? List.of(letterCode.letter(), tweede)
                        : List.of(tweede, letterCode.letter());
                bevindingen.add(nietHerkend(waarde, new Treffer(CategorieHerkenning.Uitkomst.MEERDERE, codes, null)));
            } else if (letterCode.letter() != null && catalogus.isCode(letterCode.letter())) {
                code = letterCode.letter();
                subcategorie = metLetter(code, letterCode.rest(), waarde, bevindingen);
            } else {
                Treffer treffer = herkenning.herken(TextKey.of(waarde));
                if (treffer.eenduidig()) {
                    code = treffer.code();
                    subcategorie = treffer.label() == null ? null : treffer.label().subcategorie();
                    if (treffer.uitkomst() == CategorieHerkenning.Uitkomst.GECORRIGEERD) {
                        bevindingen.add(waarschuwing(KOLOM_CATEGORIE, waarde, BevindingCode.CATEGORIE_GECORRIGEERD,
                                "de categorie '" + waarde.strip() + "' is gelezen als " + categorie(code)
                                        + "; de regel telt mee onder " + code + "."));
                    }
                } else {
                    bevindingen.add(nietHerkend(waarde, treffer));
                }
            }
        }
        return new Uitslag(code, subcategorie, List.copyOf(bevindingen));
    }

    /** The letter decides; checks the text after it. Returns the subcategory the text names, if any. */
    private String metLetter(String code, String rest, String waarde, List<Sjabloon> bevindingen) {
        String key = TextKey.of(rest);
        if (key.isEmpty()) {
            return null;
        }
        Label eigenSub = catalogus.subLabelsVan(code).get(key);
        if (eigenSub != null) {
            return eigenSub.subcategorie(); // "a. Fraude", "c.) Overig"
        }
        Treffer treffer = herkenning.herken(key);
        if (lijktOp(code, key, treffer)) {
            return treffer.eenduidig() && code.equals(treffer.code()) && treffer.label() != null
                    ? treffer.label().subcategorie()
                    : null;
        }
        String uitleg;
        if (treffer.uitkomst() == CategorieHerkenning.Uitkomst.MEERDERE) {
            List<String> andere = treffer.codes().stream().filter(c -> !c.equals(code)).toList();
            uitleg = "noemt ook " + (andere.size() > 1 ? "categorieën " : "categorie ") + opsomming(andere);
        } else if (treffer.eenduidig() || (treffer.uitkomst() == CategorieHerkenning.Uitkomst.ONBEKEND
                && treffer.codes().size() == 1)) {
            uitleg = "lijkt op " + categorie(treffer.code());
        } else {
            uitleg = "past niet bij die categorie";
        }
        String tekst = "de categorie '" + waarde.strip() + "' begint met de letter " + code + " ("
                + catalogus.categorie(code).naam() + "), maar de tekst " + uitleg
                + "; de letter beslist, dus de regel telt mee onder " + code + ".";
        bevindingen.add(waarschuwing(KOLOM_CATEGORIE, waarde, BevindingCode.CATEGORIE_TEKST_WIJKT_AF, tekst));
        return null;
    }

    private boolean lijktOp(String code, String key, Treffer treffer) {
        return switch (treffer.uitkomst()) {
            case EXACT, GECORRIGEERD -> code.equals(treffer.code());
            case AMBIGU -> treffer.codes().contains(code);
            case MEERDERE -> false; // "a. Fraude en belangenverstrengeling": the text also names another
            case ONBEKEND -> treffer.codes().isEmpty()
                    ? herkenning.woordenPassenBij(code, key)
                    : treffer.codes().contains(code);
        };
    }

    private Sjabloon nietHerkend(String waarde, Treffer treffer) {
        String geschreven = waarde.strip();
        return switch (treffer.uitkomst()) {
            case AMBIGU -> fout(waarde, BevindingCode.CATEGORIE_AMBIGU, "de categorie '" + geschreven
                    + "' past bij meer dan één categorie: " + opsomming(treffer.codes())
                    + ". Zet de letter van de bedoelde categorie ervoor (bijvoorbeeld '" + treffer.codes().get(0)
                    + ". " + geschreven + "'); het bestand wordt niet geaccepteerd.");
            case MEERDERE -> fout(waarde, BevindingCode.CATEGORIE_AMBIGU, "de categorie '" + geschreven
                    + "' noemt meer dan één categorie: " + opsomming(treffer.codes())
                    + ". Kies per melding één categorie; het bestand wordt niet geaccepteerd.");
            default -> fout(waarde, BevindingCode.CATEGORIE_ONBEKEND, "de categorie '" + geschreven
                    + "' is geen bekende categorie; "
                    + (treffer.codes().isEmpty()
                            ? "gebruik een van de categorieën " + bereik + " (de letter is genoeg)."
                            : "bedoelt u " + categorie(treffer.code()) + "?")
                    + " Het bestand wordt niet geaccepteerd.");
        };
    }

    /**
     * The subcategory of a row whose category is {@code code} (null when the category is in error).
     */
    private String subcategorie(String code, String waarde, List<Sjabloon> bevindingen) {
        String geschreven = waarde.strip();
        LetterCode letterCode = LetterCode.lees(geschreven, laatsteCode);
        String letter = letterCode.letter() != null && catalogus.isCode(letterCode.letter()) ? letterCode.letter() : null;
        String key = TextKey.of(letter != null ? letterCode.rest() : geschreven);
        if (key.isEmpty() && letter != null) {
            if (code == null || letter.equals(code)) {
                return null; // only the letter of the row's own category: nothing to add
            }
            bevindingen.add(andereCategorie(waarde, geschreven, letter, code));
            return geschreven;
        }
        if (key.isEmpty()) {
            return onbekend(code, waarde, geschreven, bevindingen);
        }
        String doel = letter != null ? letter : code;
        boolean andereLetter = letter != null && code != null && !letter.equals(code);
        if (doel != null) {
            Label eigen = catalogus.subLabelsVan(doel).get(key);
            boolean gecorrigeerd = false;
            if (eigen == null) {
                eigen = bijna(catalogus.subLabelsVan(doel), key);
                gecorrigeerd = eigen != null;
            }
            if (andereLetter) {
                bevindingen.add(andereCategorie(waarde, geschreven, letter, code));
                return geschreven;
            }
            if (eigen != null) {
                if (gecorrigeerd) {
                    bevindingen.add(waarschuwing(KOLOM_SUBCATEGORIE, waarde, BevindingCode.SUBCATEGORIE_GECORRIGEERD,
                            "de subcategorie '" + geschreven + "' is gelezen als '" + eigen.subcategorie()
                                    + "' (categorie " + doel + ")."));
                }
                return eigen.subcategorie();
            }
        }
        if (letter == null && code != null) {
            Label categorieLabel = catalogus.categorieLabel(key);
            if (categorieLabel != null && categorieLabel.code().equals(code)) {
                return null; // the subcategorie only repeats the row's own category
            }
            String ander = categorieLabel != null ? categorieLabel.code() : andereCategorieVan(code, key);
            if (ander != null) {
                bevindingen.add(andereCategorie(waarde, geschreven, ander, code));
                return geschreven;
            }
        }
        if (code == null && letter == null) {
            List<Label> labels = catalogus.subLabels(key);
            if (!labels.isEmpty() && labels.stream().map(Label::subcategorie).distinct().count() == 1) {
                return labels.get(0).subcategorie();
            }
        }
        return onbekend(code, waarde, geschreven, bevindingen);
    }

    /**
     * The one subcategory among {@code labels} within typing tolerance of {@code key}, or null; two different
     * subcategories equally close (or one typing error apart) give null.
     */
    private static Label bijna(Map<String, Label> labels, String key) {
        Map<String, Label> bestePerSub = new HashMap<>();
        Map<String, Integer> afstandPerSub = new HashMap<>();
        for (Label label : labels.values()) {
            int max = Afstand.tolerantie(label.key().length());
            int d = max == 0 ? 1 : Afstand.tussen(key, label.key(), max);
            if (d <= max) {
                Integer eerder = afstandPerSub.get(label.subcategorie());
                if (eerder == null || d < eerder) {
                    afstandPerSub.put(label.subcategorie(), d);
                    bestePerSub.put(label.subcategorie(), label);
                }
            }
        }
        if (afstandPerSub.isEmpty()) {
            return null;
        }
        int minimum = afstandPerSub.values().stream().min(Integer::compare).orElseThrow();
        Label beste = null;
        for (Map.Entry<String, Integer> e : afstandPerSub.entrySet()) {
            if (e.getValue() <= minimum + 1) {
                if (beste != null) {
                    return null;
                }
                beste = bestePerSub.get(e.getKey());
            }
        }
        return beste;
    }

    /** The one other category (not {@code code}) that has this subcategory, exactly or nearly; else null. */
    private String andereCategorieVan(String code, String key) {
        String gevonden = null;
        for (Label label : catalogus.subLabels(key)) {
            if (!label.code().equals(code)) {
                if (gevonden != null && !gevonden.equals(label.code())) {
                    return null;
                }
                gevonden = label.code();
            }
        }
        if (gevonden != null) {
            return gevonden;
        }
        for (Categorie andere : catalogus.categorieen()) {
            if (andere.code().equals(code)) {
                continue;
            }
            Label label = bijna(catalogus.subLabelsVan(andere.code()), key);
            if (label != null && !label.key().equals(CategorieCatalogus.OVERIG)) {
                if (gevonden != null) {
                    return null;
                }
                gevonden = andere.code();
            }
        }
        return gevonden;
    }

    private Sjabloon andereCategorie(String waarde, String geschreven, String hoortBij, String code) {
        return waarschuwing(KOLOM_SUBCATEGORIE, waarde, BevindingCode.SUBCATEGORIE_ANDERE_CATEGORIE,
                "de subcategorie '" + geschreven + "' hoort bij categorie " + hoortBij
                        + ", maar de regel staat onder categorie " + code + "; de regel telt mee onder " + code + ".");
    }

    private String onbekend(String code, String waarde, String geschreven, List<Sjabloon> bevindingen) {
        String tekst = code != null
                ? "de subcategorie '" + geschreven + "' is geen bekende subcategorie van " + categorie(code)
                        + "; de tekst wordt als vrije tekst overgenomen en de regel telt mee onder " + code + "."
                : "de subcategorie '" + geschreven + "' is geen bekende subcategorie; de tekst wordt als vrije "
                        + "tekst overgenomen.";
        bevindingen.add(waarschuwing(KOLOM_SUBCATEGORIE, waarde, BevindingCode.SUBCATEGORIE_ONBEKEND, tekst));
        return geschreven;
    }

    private String categorie(String code) {
        return "categorie " + code + " (" + catalogus.categorie(code).naam() + ")";
    }

    /** "a (Financiële schendingen), b (...) en c (...)". */
    private String opsomming(List<String> codes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            if (i > 0) {
                s.append(i == codes.size() - 1 ? " en " : ", ");
            }
            s.append(codes.get(i)).append(" (").append(catalogus.categorie(codes.get(i)).naam()).append(')');
        }
        return s.toString();
    }

    private static Sjabloon fout(String waarde, BevindingCode code, String tekst) {
        return new Sjabloon(KOLOM_CATEGORIE, waarde, Ernst.FOUT, code, tekst);
    }

    private static Sjabloon waarschuwing(String kolom, String waarde, BevindingCode code, String tekst) {
        return new Sjabloon(kolom, waarde, Ernst.WAARSCHUWING, code, tekst);
    }
}
