package nl.jbr.integriteit.formulier;

import static nl.jbr.integriteit.uitvoer.werkmap.VasteZip.xml;
import static nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver.kolomLetters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.jbr.integriteit.uitvoer.AtomicFile;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad.Rij;
import nl.jbr.integriteit.uitvoer.werkmap.Werkblad.Stijl;
import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.Kolom;
import nl.jbr.integriteit.schema.Kolomtype;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.SchemaSource;

/**
 * The rijksbreed registratieformulier (contract 3.4), generated from {@code input-schemas/} alone: a sheet
 * {@code Toelichting}, one sheet per form (title, the question {@code Niets te melden over <jaar>?} with a
 * ja/nee drop-down, the header in row {@value #KOPREGEL}, frozen), and a hidden sheet {@code Lijsten} behind the
 * drop-downs. Every column has help text (shown when a cell is selected); code lists, the nine categories and the
 * subcategories of the chosen category are drop-downs; numbers are checked as whole numbers or decimals with the
 * form's minimum, dates as dates. The columns {@code jaar} and {@code ministerie} are left out: the folder decides.
 * The same schemas give the same bytes.
 */
public final class Registratieformulier {

    /** The header row of each form sheet. */
    public static final int KOPREGEL = 4;
    /** Rows below the header that carry the drop-downs and checks. */
    public static final int REGELS = 5_000;
    public static final String LIJSTEN = "Lijsten";

    private final SchemaSource schemas;
    private final Formulieren formulieren;
    private final Ministeries ministeries;

    public Registratieformulier(SchemaSource schemas, Formulieren formulieren, Ministeries ministeries) {
        this.schemas = schemas;
        this.formulieren = formulieren;
        this.ministeries = ministeries;
    }

    /** The file name for a year (and ministry): {@code registratieformulier-2026[-BZK].xlsx}. */
    public static String bestandsnaam(int jaar, String ministerie) {
        return "registratieformulier-" + jaar + (ministerie == null ? "" : "-" + ministerie) + ".xlsx";
    }

    /** Writes the form for {@code jaar} (and {@code ministerie}, or {@code null} for any ministry) to {@code bestand}. */
    public void schrijf(Path bestand, int jaar, String ministerie) throws IOException {
        // a bare file name (form.xlsx) lies in the working folder
        Path map = bestand.toAbsolutePath().getParent();
        Files.createDirectories(map);
        // a run killed while writing leaves its temporary file behind: remove it, so the folder holds only forms
        try (var oud = Files.newDirectoryStream(map, ".formulier-*.part")) {
            for (Path p : oud) {
                Files.deleteIfExists(p);
            }
        }
        AtomicFile.writeBytes(bestand, ".formulier-", bytes(jaar, ministerie));
    }

    public byte[] bytes(int jaar, String ministerie) throws IOException {
        Lijsten lijsten = lijsten();
        Map<String, String> hulp = new HashMap<>();
        for (Map<String, String> rij : schemas.rowsOrPackaged("formulier-hulpteksten.csv")) {
            hulp.put(rij.get("formulier") + "." + rij.get("kolom"), rij.get("hulptekst"));
        }
        String wie = ministerie == null ? "" : " – " + ministeries.naam(ministerie, jaar).orElse(ministerie) + " (" + ministerie + ")";

        List<XlsxSchrijver.Blad> bladen = new ArrayList<>();
        bladen.add(XlsxSchrijver.Blad.van(toelichting(jaar, wie, hulp, lijsten)));
        for (Formulier formulier : formulieren.alle()) {
            bladen.add(formulierblad(formulier, jaar, wie, hulp, lijsten));
        }
        bladen.add(new XlsxSchrijver.Blad(lijsten.blad(), true, "", Map.of()));
        return new XlsxSchrijver().bytes(bladen, lijsten.namen());
    }

    /** The sheet name of a form: its name with a capital. */
    public static String bladnaam(Formulier formulier) {
        return Character.toUpperCase(formulier.naam().charAt(0)) + formulier.naam().substring(1);
    }

    /** The header text of a column: its name, readable ({@code datum_melding} -> {@code Datum melding}). */
    public static String kop(Kolom kolom) {
        String tekst = kolom.naam().replace('_', ' ');
        return Character.toUpperCase(tekst.charAt(0)) + tekst.substring(1);
    }

    /** The columns on the form: all but jaar and ministerie. */
    public static List<Kolom> kolommen(Formulier formulier) {
        return formulier.kolommen().stream().filter(k -> k.type() != Kolomtype.JAAR && k.type() != Kolomtype.MINISTERIE).toList();
    }

    private XlsxSchrijver.Blad formulierblad(Formulier formulier, int jaar, String wie, Map<String, String> hulp, Lijsten lijsten) {
        List<Kolom> kolommen = kolommen(formulier);
        List<Rij> rijen = new ArrayList<>();
        rijen.add(Rij.van(Stijl.TITEL, formulier.titel() + " " + jaar + wie));
        rijen.add(Rij.van(Stijl.KOP, "Niets te melden over " + jaar + "?", null,
                "Kies 'ja' als er over " + jaar + " echt niets te melden is en laat de regels leeg. Een leeg blad betekent: geen opgave."));
        rijen.add(Rij.van(Stijl.VOETNOOT, "Vul vanaf rij " + (KOPREGEL + 1) + " " + eenRegelPer(formulier) + " in. Verplicht: "
                + String.join(", ", formulier.verplichteKolommen().stream().map(Registratieformulier::kop).toList())
                + ". Selecteer een cel voor uitleg; zie ook het blad Toelichting."));
        rijen.add(new Rij(Stijl.KOP, kolommen.stream().map(k -> (Object) kop(k)).toList()));

        List<Integer> breedtes = new ArrayList<>();
        Map<Integer, Integer> stijlen = new LinkedHashMap<>();
        StringBuilder validaties = new StringBuilder();
        int aantal = 1;
        validaties.append(validatie("list", null, "\"ja,nee\"", null, "B2", "Niets te melden?",
                "Kies ja als er niets te melden is (en laat de regels leeg), anders nee of leeg.", "Kies ja of nee."));
        int eerste = KOPREGEL + 1;
        int laatste = KOPREGEL + REGELS;
        for (int i = 0; i < kolommen.size(); i++) {
            Kolom kolom = kolommen.get(i);
            String letter = kolomLetters(i);
            String bereik = letter + eerste + ":" + letter + laatste;
            String uitleg = hulp(hulp, formulier, kolom);
            String titel = kop(kolom);
            breedtes.add(switch (kolom.type()) {
                case VRIJE_TEKST -> 50;
                case CATEGORIE, SUBCATEGORIE -> 44;
                case CODELIJST, TEKST -> 28;
                default -> Math.max(14, titel.length() + 4);
            });
            String v = switch (kolom.type()) {
                case CODELIJST -> validatie("list", null, Lijsten.naam(kolom.codelijst()), null, bereik, titel, uitleg,
                        "Kies een waarde uit de lijst.");
                case CATEGORIE -> validatie("list", null, Lijsten.naam("categorie"), null, bereik, titel, uitleg,
                        "Kies een van de negen categorieën uit de lijst.");
                case SUBCATEGORIE -> {
                    int categorie = kolommen.stream().map(Kolom::type).toList().indexOf(Kolomtype.CATEGORIE);
                    String cel = "$" + kolomLetters(Math.max(0, categorie)) + eerste;
                    yield validatie("list", null, "INDIRECT(\"Sub_\"&amp;LEFT(" + cel + ",1))", null, bereik, titel, uitleg,
                            "Kies een subcategorie van de gekozen categorie.");
                }
                case GEHEEL_GETAL -> validatie("whole", "greaterThanOrEqual", Long.toString(kolom.minimum() == null ? 0 : kolom.minimum()),
                        null, bereik, titel, uitleg, "Vul een geheel getal in van " + (kolom.minimum() == null ? 0 : kolom.minimum()) + " of meer.");
                case DECIMAAL -> validatie("decimal", "greaterThanOrEqual", Long.toString(kolom.minimum() == null ? 0 : kolom.minimum()),
                        null, bereik, titel, uitleg, "Vul een getal in van " + (kolom.minimum() == null ? 0 : kolom.minimum()) + " of meer.");
                case DATUM -> {
                    stijlen.put(i, 5); // date format
                    yield validatie("date", "between", "36526", "73050", bereik, titel, uitleg, // 2000-01-01 .. 2099-12-31
                            "Vul een datum in, bijvoorbeeld 1-3-" + jaar + ".");
                }
                default -> {
                    stijlen.put(i, 6); // text: 001 stays 001
                    yield validatie(null, null, null, null, bereik, titel, uitleg, null);
                }
            };
            validaties.append(v);
            aantal++;
        }
        String extra = "<dataValidations count=\"" + aantal + "\">" + validaties + "</dataValidations>";
        Werkblad blad = new Werkblad(bladnaam(formulier), rijen, breedtes, KOPREGEL);
        return new XlsxSchrijver.Blad(blad, false, extra, stijlen);
    }

    private static String validatie(String type, String operator, String formule1, String formule2, String bereik,
            String titel, String uitleg, String fout) {
        StringBuilder v = new StringBuilder("<dataValidation");
        if (type != null) {
            v.append(" type=\"").append(type).append('"');
        }
        if (operator != null) {
            v.append(" operator=\"").append(operator).append('"');
        }
        v.append(" allowBlank=\"1\" showInputMessage=\"1\"");
        if (fout != null) {
            v.append(" showErrorMessage=\"1\" errorTitle=\"").append(xml(kort("Ongeldige waarde", 32)))
                    .append("\" error=\"").append(xml(kort(fout, 225))).append('"');
        }
        v.append(" promptTitle=\"").append(xml(kort(titel, 32))).append("\" prompt=\"").append(xml(kort(uitleg, 255)))
                .append("\" sqref=\"").append(bereik).append("\">");
        if (formule1 != null) {
            v.append("<formula1>").append(formule1.startsWith("\"") ? formule1.replace("\"", "&quot;") : formule1).append("</formula1>");
        }
        if (formule2 != null) {
            v.append("<formula2>").append(formule2).append("</formula2>");
        }
        return v.append("</dataValidation>").toString();
    }

    private static String kort(String tekst, int max) {
        return tekst.length() <= max ? tekst : tekst.substring(0, max - 1) + "…";
    }

    private Werkblad toelichting(int jaar, String wie, Map<String, String> hulp, Lijsten lijsten) {
        List<Rij> rijen = new ArrayList<>();
        rijen.add(Rij.van(Stijl.TITEL, "Registratieformulier integriteit " + jaar + wie));
        for (String zin : List.of(
                "Dit formulier is de rijksbrede opgave voor de Jaarrapportage Bedrijfsvoering Rijk " + jaar + ".",
                "Het formulier heeft " + formulieren.alle().size() + " bladen om in te vullen, één per opgave: "
                        + String.join("; ", formulieren.alle().stream().map(f -> bladnaam(f) + " (" + f.titel() + "): "
                        + eenRegelPer(f)).toList()) + ".",
                "Vul op elk blad de regels in vanaf rij " + (KOPREGEL + 1) + ". Laat de kopregel (rij " + KOPREGEL
                        + ") staan zoals hij is.",
                "Een leeg blad betekent: geen opgave voor dat formulier. Is er echt niets te melden, kies dan bovenaan het blad "
                        + "bij 'Niets te melden over " + jaar + "?' het antwoord 'ja' (een nul-opgave).",
                "Kies waarden uit de keuzelijsten; selecteer een cel voor uitleg. Vul geen totaalregels in: wij tellen zelf op.",
                "Zet geen namen, adressen, telefoonnummers of andere persoonsgegevens in het formulier.",
                "Lever de werkmap in als .xlsx in uw map: input/<MINISTERIE>/" + jaar + "/. De volgende ochtend staat de "
                        + "terugmelding in output/feedback/<MINISTERIE>/" + jaar + "/.")) {
            rijen.add(Rij.van(Stijl.GEWOON, zin));
        }
        rijen.add(Rij.van(Stijl.GEWOON));
        rijen.add(Rij.van(Stijl.KOP, "Blad", "Kolom", "Verplicht", "Wat invullen"));
        for (Formulier formulier : formulieren.alle()) {
            List<Kolom> kolommen = kolommen(formulier);
            for (int k = 0; k < kolommen.size(); k++) {
                Kolom kolom = kolommen.get(k);
                String uitleg = hulp(hulp, formulier, kolom);
                String waarden = switch (kolom.type()) {
                    case CODELIJST -> " Waarden: " + String.join("; ", lijsten.waarden(kolom.codelijst())) + ".";
                    case CATEGORIE -> " Waarden: " + String.join("; ", lijsten.waarden("categorie")) + ".";
                    default -> "";
                };
                // "E: Categorie", never the bare column name: this table must not read as a form's header row
                rijen.add(Rij.van(Stijl.GEWOON, bladnaam(formulier), kolomLetters(k) + ": " + kop(kolom), kolom.verplicht() ? "ja" : "nee",
                        uitleg + waarden));
            }
        }
        return new Werkblad("Toelichting", rijen, List.of(14, 26, 10, 120), 0);
    }

    /** "één regel per melding", from what the definition says one row is ({@code regel} in formulieren.csv). */
    static String eenRegelPer(Formulier formulier) {
        return formulier.regel().isEmpty() ? "één regel per geval" : "één regel per " + formulier.regel();
    }

    /**
     * The help text of a column: its text in formulier-hulpteksten.csv; for a column that has none (a form added to an
     * edited schemas folder without help texts) a sentence made from its definition, never its bare name.
     */
    static String hulp(Map<String, String> hulp, Formulier formulier, Kolom kolom) {
        String tekst = hulp.get(formulier.naam() + "." + kolom.naam());
        if (tekst != null && !tekst.isBlank()) {
            return tekst;
        }
        long minimum = kolom.minimum() == null ? 0 : kolom.minimum();
        String wat = switch (kolom.type()) {
            case GEHEEL_GETAL -> "Een geheel getal van " + minimum + " of meer.";
            case DECIMAAL -> "Een getal van " + minimum + " of meer (decimalen toegestaan).";
            case DATUM -> "Een datum (dag-maand-jaar).";
            case CODELIJST, CATEGORIE, SUBCATEGORIE -> "Kies uit de lijst.";
            case VRIJE_TEKST -> "Korte tekst, zonder namen, adressen of andere persoonsgegevens.";
            default -> "Tekst.";
        };
        return (kolom.verplicht() ? "Verplicht. " : "Niet verplicht. ") + kop(kolom) + ": " + wat;
    }

    /** The values behind the drop-downs, one column per list on the hidden sheet. */
    private Lijsten lijsten() {
        Lijsten lijsten = new Lijsten();
        Map<String, List<String>> codelijsten = new LinkedHashMap<>();
        for (Map<String, String> rij : schemas.rows("codelijsten.csv")) {
            codelijsten.computeIfAbsent(rij.get("lijst"), k -> new ArrayList<>()).add(rij.get("waarde"));
        }
        codelijsten.forEach(lijsten::voegToe);
        List<String> categorieen = new ArrayList<>();
        for (Map<String, String> rij : schemas.rows("categorieen.csv")) {
            categorieen.add(rij.get("code") + ". " + rij.get("naam"));
        }
        lijsten.voegToe("categorie", categorieen);
        Map<String, List<String>> sub = new LinkedHashMap<>();
        for (Map<String, String> rij : schemas.rows("categorieen.csv")) {
            sub.put(rij.get("code"), new ArrayList<>());
        }
        for (Map<String, String> rij : schemas.rows("subcategorieen.csv")) {
            sub.computeIfAbsent(rij.get("categorie_code"), k -> new ArrayList<>()).add(rij.get("categorie_code") + ".) " + rij.get("subcategorie"));
        }
        sub.forEach((code, waarden) -> lijsten.voegToe("Sub_" + code, waarden, "Sub_" + code));
        return lijsten;
    }

    /** The hidden sheet of lists and the defined names pointing at them. */
    static final class Lijsten {
        private final Map<String, List<String>> lijsten = new LinkedHashMap<>();
        private final Map<String, String> namen = new LinkedHashMap<>();

        static String naam(String lijst) {
            return "Lijst_" + lijst;
        }

        void voegToe(String lijst, List<String> waarden) {
            voegToe(lijst, waarden, naam(lijst));
        }

        void voegToe(String lijst, List<String> waarden, String naam) {
            int kolom = lijsten.size();
            lijsten.put(lijst, List.copyOf(waarden));
            String letter = kolomLetters(kolom);
            namen.put(naam, "'" + LIJSTEN + "'!$" + letter + "$2:$" + letter + "$" + (waarden.size() + 1));
        }

        List<String> waarden(String lijst) {
            return lijsten.getOrDefault(lijst, List.of());
        }

        Map<String, String> namen() {
            return namen;
        }

        Werkblad blad() {
            List<Rij> rijen = new ArrayList<>();
            // "lijst categorie", never the bare list name: this sheet must not read as a form's header row
            rijen.add(new Rij(Stijl.KOP, lijsten.keySet().stream().map(l -> (Object) ("lijst " + l)).toList()));
            int diepte = lijsten.values().stream().mapToInt(List::size).max().orElse(0);
            for (int r = 0; r < diepte; r++) {
                List<Object> cellen = new ArrayList<>();
                for (List<String> waarden : lijsten.values()) {
                    cellen.add(r < waarden.size() ? waarden.get(r) : null);
                }
                rijen.add(new Rij(Stijl.GEWOON, cellen));
            }
            return new Werkblad(LIJSTEN, rijen, Werkblad.breedtes(rijen, 60), 1);
        }
    }
}
