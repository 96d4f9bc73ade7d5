package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.ingest.csv.CsvRow;
import nl.jbr.integriteit.normalise.CategorieNormaliser;
import nl.jbr.integriteit.normalise.Categorisering;
import nl.jbr.integriteit.normalise.CodeLijsten;
import nl.jbr.integriteit.normalise.Tekstnormalisatie;
import nl.jbr.integriteit.normalise.TextKey;
import nl.jbr.integriteit.normalise.Totaalwoorden;
import nl.jbr.integriteit.normalise.privacy.Persoonsgegeven;
import nl.jbr.integriteit.normalise.privacy.VrijeTekstScreening;
import nl.jbr.integriteit.schema.Formulier;
import nl.jbr.integriteit.schema.Kolom;
import nl.jbr.integriteit.schema.Kolomtype;
import nl.jbr.integriteit.schema.Ministeries;
import nl.jbr.integriteit.schema.Plausibiliteitsregels;

/**
 * Checks the data rows of one file against its form, row by row, and passes each valid row, normalised,
 * to the {@link RijOntvanger} — until the first fout, after which the file cannot be accepted and rows
 * are only checked (so that every finding is still reported).
 * <p>
 * Every cell is normalised first ({@link Tekstnormalisatie}): what is checked, compared and loaded is the
 * normalised text. A row whose onderdeel, volgnummer or ministerie reads as a total is one fout and is not
 * checked further. Unique columns compare look-alike keys; in an incidents file an onderdeel spelled like an
 * earlier one with other characters is counted under the earlier spelling (with a warning), so one onderdeel
 * never becomes two. Numbers must fit the width the warehouse stores and keep to the plausibility rules.
 */
final class Rijcontrole {

    /** The columns a total row shows itself in. */
    private static final List<String> TOTAALKOLOMMEN = List.of("onderdeel", "volgnummer", "ministerie");

    private final Kopregel kop;
    private final String ministerie;
    private final int jaar;
    private final Ministeries ministeries;
    private final CategorieNormaliser categorieen;
    private final CodeLijsten codeLijsten;
    private final VrijeTekstScreening screening;
    private final Bevindingen bevindingen;
    private final RijOntvanger ontvanger;
    private final Totaalwoorden totaalwoorden;
    private final List<Plausibiliteitsregels.Regel> regels;
    /** Unique columns: per column name, look-alike key -> first occurrence. */
    private final Map<String, Map<String, Eerder>> uniekeWaarden = new HashMap<>();
    /** Incidents: look-alike key of onderdeel -> the first spelling, which the others are counted under. */
    private final Map<String, Eerder> onderdelen = new HashMap<>();
    private final String naamSleutel;
    /** The form's columns, by their position in the form definition (the "form index" of the arrays below). */
    private final List<Kolom> kolommen;
    /** Per file cell: the form column it holds (null: none), that column's form index (-1: none) and its header. */
    private final Kolom[] kolomVanCel;
    private final int[] formVanCel;
    private final String[] kopVanCel;
    /** Per file cell of the header's width: whether it has a header (a value in a cell without one is a fout). */
    private final boolean[] metKop;
    /** Per form index: the file cell holding it (-1: absent) and the header as the file writes it. */
    private final int[] celVanKolom;
    private final String[] kopVanKolom;
    /** The file cells of onderdeel, volgnummer and ministerie (the columns a total row shows itself in). */
    private final int[] totaalCellen;
    private final int categorieCel;
    private final int subcategorieCel;
    private final int[] verplicht;
    private final int[] vrijeTekst;
    private final int onderdeelKolom;
    private final int publiceerbaarKolom;
    private final String publiceerbaarStandaard;
    private final boolean heeftCategorie;
    /** What is stored, in {@link Formulier#opgeslagen()} order: form index, type and the value of an empty cell. */
    private final int[] opgeslagen;
    private final Kolomtype[] opgeslagenType;
    private final Object[] opgeslagenStandaard;
    /** Per plausibility rule: the form index of its column and of the column its bound depends on (-1: none). */
    private final int[] regelKolom;
    private final int[] regelAndereKolom;

    /** Where and how a value first occurred in the file. */
    private record Eerder(long regel, String tekst) {
    }

    /** What is published instead of an onderdeel whose name holds personal data. */
    static final String ONDERDEEL_ACHTERGEHOUDEN = "(naam onderdeel achtergehouden)";

    Rijcontrole(Kopregel kop, String ministerie, int jaar, Ministeries ministeries, CategorieNormaliser categorieen,
                CodeLijsten codeLijsten, VrijeTekstScreening screening, Totaalwoorden totaalwoorden,
                Plausibiliteitsregels plausibiliteit, Bevindingen bevindingen, RijOntvanger ontvanger) {
        this.kop = kop;
        this.ministerie = ministerie;
        this.jaar = jaar;
        this.ministeries = ministeries;
        this.categorieen = categorieen;
        this.codeLijsten = codeLijsten;
        this.screening = screening;
        this.bevindingen = bevindingen;
        this.ontvanger = ontvanger;
        this.totaalwoorden = totaalwoorden;
        this.regels = plausibiliteit.van(kop.formulier().naam());
        this.naamSleutel = ministeries.naam(ministerie, jaar).map(TextKey::of).orElse(null);
        // what the form and the header say about the columns, worked out once per file rather than once per row
        Formulier formulier = kop.formulier();
        this.kolommen = formulier.kolommen();
        Map<String, Integer> formIndex = new HashMap<>();
        for (int f = 0; f < kolommen.size(); f++) {
            formIndex.putIfAbsent(kolommen.get(f).naam(), f);
        }
        int breedte = kop.kolommen().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        this.kolomVanCel = new Kolom[breedte];
        this.formVanCel = new int[breedte];
        java.util.Arrays.fill(formVanCel, -1);
        this.kopVanCel = new String[breedte];
        this.metKop = new boolean[kop.breedte()];
        kop.koppen().forEach((cel, naam) -> {
            if (cel < kopVanCel.length) {
                kopVanCel[cel] = naam;
            }
            if (cel < metKop.length) {
                metKop[cel] = true;
            }
        });
        this.celVanKolom = new int[kolommen.size()];
        java.util.Arrays.fill(celVanKolom, -1);
        for (Map.Entry<Integer, Kolom> e : kop.kolommen().entrySet()) {
            int f = formIndex.get(e.getValue().naam());
            kolomVanCel[e.getKey()] = e.getValue();
            formVanCel[e.getKey()] = f;
            if (celVanKolom[f] < 0) {
                celVanKolom[f] = e.getKey();
            }
        }
        this.kopVanKolom = new String[kolommen.size()];
        for (int f = 0; f < kolommen.size(); f++) {
            kopVanKolom[f] = kop.kop(kolommen.get(f).naam());
        }
        this.totaalCellen = TOTAALKOLOMMEN.stream().mapToInt(kop::index).toArray();
        this.categorieCel = kop.index("categorie");
        this.subcategorieCel = kop.index("subcategorie");
        this.verplicht = formulier.verplichteKolommen().stream().filter(k -> k.type() != Kolomtype.CATEGORIE)
                .mapToInt(k -> formIndex.get(k.naam())).toArray();
        this.vrijeTekst = formulier.kolommen().stream().filter(k -> k.type() == Kolomtype.VRIJE_TEKST)
                .mapToInt(k -> formIndex.get(k.naam())).toArray();
        this.heeftCategorie = formulier.kolommen().stream().anyMatch(k -> k.type() == Kolomtype.CATEGORIE);
        this.onderdeelKolom = formIndex.getOrDefault("onderdeel", -1);
        this.publiceerbaarKolom = formIndex.getOrDefault("publiceerbaar", -1);
        this.publiceerbaarStandaard = standaard(formulier.kolom("publiceerbaar"));
        List<Kolom> opslag = formulier.opgeslagen();
        this.opgeslagen = opslag.stream().mapToInt(k -> formIndex.get(k.naam())).toArray();
        this.opgeslagenType = opslag.stream().map(Kolom::type).toArray(Kolomtype[]::new);
        this.opgeslagenStandaard = opslag.stream().map(this::standaardWaarde).toArray();
        this.regelKolom = regels.stream().mapToInt(r -> formIndex.getOrDefault(r.kolom(), -1)).toArray();
        this.regelAndereKolom = regels.stream()
                .mapToInt(r -> r.andereKolom() == null ? -1 : formIndex.getOrDefault(r.andereKolom(), -1)).toArray();
    }

    void controleer(CsvRow ruw) {
        controleer(ruw, GEEN_GETALCELLEN);
    }

    private static final BitSet GEEN_GETALCELLEN = new BitSet();

    /**
     * Checks a row of which the cells in {@code getalcellen} were typed as numbers (a workbook's number cells): their
     * text is a plain decimal number, never a text with thousands separators, so a whole-number column refuses its
     * decimals instead of reading {@code 2.125} as 2125.
     */
    void controleer(CsvRow ruw, BitSet getalcellen) {
        controleerBreedte(ruw);
        Cellen rij = normaliseer(ruw);
        Regel regel = new Regel(ruw.regel());
        if (totaalregel(regel, rij)) {
            return;
        }
        // the row read by column type, by form index: its texts (normalised) and values (null: empty or invalid)
        String[] teksten = new String[kolommen.size()];
        Object[] waarden = new Object[kolommen.size()];
        for (int cel = 0; cel < kolomVanCel.length; cel++) {
            Kolom kolom = kolomVanCel[cel];
            if (kolom == null) {
                continue;
            }
            int f = formVanCel[cel];
            String tekst = rij.cel(cel);
            teksten[f] = tekst;
            waarden[f] = lees(regel, kolom, kopVanCel[cel], tekst, rij, cel, getalcellen.get(cel));
        }
        plausibiliteit(regel, waarden, teksten);
        for (int f : verplicht) {
            int cel = celVanKolom[f];
            if (cel >= 0 && rij.leeg(cel)) {
                fout(regel, kopVanKolom[f], "", BevindingCode.WAARDE_ONTBREEKT, "de kolom '" + kopVanKolom[f]
                        + "' is leeg, maar moet ingevuld zijn");
            }
        }
        bewaar(regel, rij, waarden);
    }

    /**
     * The row as it is stored, driven by the form definition: every stored column, with its default when empty. Kinds
     * of checks beyond one cell are tied to column types, not to forms: a {@code categorie} column is categorised
     * (with its {@code subcategorie}); free text ({@code vrije_tekst} and the subcategorie) is screened for personal
     * data ({@code gevoelige_tekst}); an {@code onderdeel} with personal data is counted under a neutral name. Passed
     * on only while the file has no fout.
     */
    private void bewaar(Regel regel, Cellen rij, Object[] waarden) {
        Categorisering c = null;
        if (heeftCategorie) {
            c = categoriseer(rij);
        }
        Boolean gevoelig = null;
        if (vrijeTekst.length > 0) {
            Object p = publiceerbaarKolom < 0 ? null : waarden[publiceerbaarKolom];
            boolean publiceerbaar = "ja".equals(p != null ? p : publiceerbaarStandaard);
            boolean gevonden = false;
            for (int f : vrijeTekst) {
                gevonden |= screen(regel, kopVanKolom[f], (String) waarden[f], publiceerbaar);
            }
            if (c != null) {
                gevonden |= screen(regel, kop.kop("subcategorie"), c.subcategorie(), publiceerbaar);
            }
            gevoelig = gevonden;
            if (!publiceerbaar || gevonden) {
                // data minimisation: free text that may not be published is not kept in the warehouse either (the
                // archived file still has it); only the public overview reads free text, and it skips these rows
                for (int f : vrijeTekst) {
                    waarden[f] = null;
                }
            }
        }
        if (onderdeelKolom >= 0) {
            waarden[onderdeelKolom] = onderdeel(regel, (String) waarden[onderdeelKolom]);
        }
        Object[] opslag = new Object[opgeslagen.length];
        for (int i = 0; i < opgeslagen.length; i++) {
            Object waarde = switch (opgeslagenType[i]) {
                case CATEGORIE -> c == null ? null : c.categorieCode();
                case SUBCATEGORIE -> c == null ? waarden[opgeslagen[i]] : c.subcategorie();
                default -> waarden[opgeslagen[i]];
            };
            opslag[i] = waarde != null ? waarde : opgeslagenStandaard[i];
        }
        boolean zonderCategorie = c != null && c.categorieCode() == null;
        if (!bevindingen.heeftFout() && !zonderCategorie) {
            ontvanger.rij(new FormulierRij(kop.formulier(), regel.nummer(), opslag, gevoelig));
        }
    }

    private Categorisering categoriseer(Cellen rij) {
        Categorisering c = categorieen.categoriseer(rij.regel(), rij.celOfNull(categorieCel),
                subcategorieCel < 0 ? null : rij.celOfNull(subcategorieCel));
        for (Bevinding f : c.bevindingen()) {
            String kolom = "subcategorie".equals(f.kolom()) ? kop.kop("subcategorie") : kop.kop("categorie");
            bevindingen.add(f.metKolom(kolom));
        }
        return c;
    }

    /** The default of an empty cell as written in a file (the definition's, else the code list's), or null. */
    private String standaard(Optional<Kolom> kolom) {
        return kolom.map(k -> k.standaard() != null ? k.standaard()
                : k.type() == Kolomtype.CODELIJST ? codeLijsten.standaard(k.codelijst()) : null).orElse(null);
    }

    /** The default of an empty cell, read as the column's type. */
    private Object standaardWaarde(Kolom k) {
        String tekst = standaard(Optional.of(k));
        if (tekst == null) {
            return null;
        }
        return switch (k.type()) {
            case GEHEEL_GETAL -> Long.valueOf(tekst);
            case DECIMAAL -> new BigDecimal(tekst);
            default -> tekst;
        };
    }

    /** Reads one cell by its column type; {@code null} when empty or invalid (invalid adds a finding). */
    private Object lees(Regel regel, Kolom kolom, String kopInBestand, String tekst, Cellen rij, int cel, boolean getalcel) {
        if (tekst.isEmpty() && kolom.type() != Kolomtype.CODELIJST) {
            return null;
        }
        return switch (kolom.type()) {
            case TEKST -> tekstwaarde(regel, kolom, kopInBestand, tekst, rij.skelet(cel));
            case VRIJE_TEKST, CATEGORIE, SUBCATEGORIE -> tekst;
            case GEHEEL_GETAL -> getalcel && tekst.indexOf('.') >= 0 ? metDecimalen(regel, kopInBestand, tekst)
                    : geheelGetal(regel, kolom, kopInBestand, tekst);
            case DECIMAAL -> decimaal(regel, kolom, kopInBestand, tekst);
            case DATUM -> datum(regel, kopInBestand, tekst);
            case CODELIJST -> {
                List<Bevinding> gevonden = new ArrayList<>();
                String waarde = codeLijsten.normaliseer(kolom.codelijst(), regel.nummer(), kopInBestand, tekst, gevonden);
                gevonden.forEach(f -> bevindingen.add(f.metKolom(kopInBestand)));
                yield waarde;
            }
            case JAAR -> jaar(regel, kopInBestand, tekst);
            case MINISTERIE -> ministerie(regel, kopInBestand, tekst);
        };
    }

    private String tekstwaarde(Regel regel, Kolom kolom, String kopInBestand, String tekst, String skelet) {
        if (kolom.uniek()) {
            Eerder eerder = uniekeWaarden.computeIfAbsent(kolom.naam(), k -> new HashMap<>())
                    .putIfAbsent(skelet, new Eerder(regel.nummer(), tekst));
            if (eerder != null) {
                String hoe = eerder.tekst().equals(tekst) ? "" : " (als '" + eerder.tekst() + "': dezelfde naam, met andere "
                        + "hoofdletters, accenten, leestekens of letters die erop lijken, zoals een Cyrillische o)";
                fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_DUBBEL, "de waarde '" + tekst + "' in kolom '"
                        + kopInBestand + "' komt ook voor op regel " + eerder.regel() + hoe
                        + "; elke waarde mag in deze kolom maar één keer voorkomen");
            }
        } else if ("onderdeel".equals(kolom.naam()) && !skelet.isEmpty()) {
            Eerder eerder = onderdelen.putIfAbsent(skelet, new Eerder(regel.nummer(), tekst));
            if (eerder != null && !eerder.tekst().equals(tekst)) {
                bevindingen.add(Bevinding.waarschuwing(regel.nummer(), kopInBestand, tekst, BevindingCode.WAARDE_LIJKT_OP,
                        "Regel " + regel.nummer() + ": het onderdeel '" + tekst + "' lijkt op '" + eerder.tekst()
                                + "' van regel " + eerder.regel() + " (andere hoofdletters, accenten, leestekens of letters "
                                + "die erop lijken); de melding telt mee onder '" + eerder.tekst()
                                + "'. Gebruik overal dezelfde schrijfwijze."));
                return eerder.tekst();
            }
        }
        return tekst;
    }

    private Long geheelGetal(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        Getallen.Uitkomst<Long> getal = Getallen.geheelGetal(tekst);
        if (getal.teGroot()) {
            fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_TE_GROOT, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' " + getal.fout());
            return null;
        }
        if (getal.fout() != null) {
            fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' " + getal.fout() + "; vul een geheel getal in zonder decimalen of tekst");
            return null;
        }
        // a column stored narrower than BIGINT (the definition's opslag, e.g. aantal_betrokkenen INTEGER)
        Long opslaggrens = "INTEGER".equals(kolom.opslag()) ? (Long) (long) Integer.MAX_VALUE : null;
        if (opslaggrens != null && Math.abs(getal.waarde()) > opslaggrens) {
            fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_TE_GROOT, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' is groter dan het grootste getal dat wij in deze kolom kunnen opslaan (" + opslaggrens + ")");
            return null;
        }
        if (kolom.minimum() != null && getal.waarde() < kolom.minimum()) {
            onderMinimum(regel, kolom, kopInBestand, tekst);
            return null;
        }
        if (getal.gecorrigeerd()) {
            bevindingen.add(Bevinding.waarschuwing(regel.nummer(), kopInBestand, tekst, BevindingCode.WAARDE_GECORRIGEERD,
                    "Regel " + regel.nummer() + ": '" + tekst + "' in kolom '" + kopInBestand + "' is gelezen als "
                            + getal.waarde() + " (punt als scheidingsteken voor duizendtallen). Klopt dat niet, corrigeer dan het bestand."));
        }
        return getal.waarde();
    }

    /** A number cell with decimals in a whole-number column (its text is a plain number: the dot is a decimal mark). */
    private Long metDecimalen(Regel regel, String kopInBestand, String tekst) {
        fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                + "' is geen geheel getal: de cel bevat het getal " + tekst.replace('.', ',') + ", met decimalen; vul een "
                + "geheel getal in");
        return null;
    }

    private BigDecimal decimaal(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        Getallen.Uitkomst<BigDecimal> getal = Getallen.decimaal(tekst);
        if (getal.teGroot()) {
            fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_TE_GROOT, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' " + getal.fout());
            return null;
        }
        if (getal.fout() != null) {
            fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' " + getal.fout() + "; gebruik cijfers met een komma of punt als decimaalteken, zoals 12,5");
            return null;
        }
        if (kolom.minimum() != null && getal.waarde().compareTo(BigDecimal.valueOf(kolom.minimum())) < 0) {
            onderMinimum(regel, kolom, kopInBestand, tekst);
            return null;
        }
        return getal.waarde();
    }

    private void onderMinimum(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                + "' is kleiner dan " + kolom.minimum() + ", de kleinste toegestane waarde");
    }

    private LocalDate datum(Regel regel, String kopInBestand, String tekst) {
        LocalDate datum = Datums.lees(tekst);
        if (datum == null) {
            fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' is geen geldige datum; schrijf de datum als 2024-03-01 of 1-3-2024" + Datums.excelHint(tekst));
        }
        return datum;
    }

    private Integer jaar(Regel regel, String kopInBestand, String tekst) {
        Getallen.Uitkomst<Long> getal = Getallen.geheelGetal(tekst);
        if (getal.fout() != null || getal.gecorrigeerd()) {
            fout(regel, kopInBestand, tekst, BevindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' is geen jaartal");
            return null;
        }
        if (getal.waarde() != jaar) {
            fout(regel, kopInBestand, tekst, BevindingCode.JAAR_WIJKT_AF, "het jaar " + getal.waarde()
                    + " wijkt af van het jaar van de map (" + jaar + "); een bestand bevat alleen gegevens over het jaar van zijn map");
            return null;
        }
        return jaar;
    }

    private String ministerie(Regel regel, String kopInBestand, String tekst) {
        if (!eigenMinisterie(tekst)) {
            fout(regel, kopInBestand, tekst, BevindingCode.MINISTERIE_WIJKT_AF, "het ministerie '" + tekst
                    + "' wijkt af van de map (" + ministerie + "); een ministerie levert alleen zijn eigen gegevens aan");
            return null;
        }
        return ministerie;
    }

    /**
     * The folder's ministry, by its code exactly as the list writes it (ASCII letters in any case, so 'bzk' is
     * BZK but 'ſZW' and 'FİN' are not SZW and FIN) or by its name (matched like headers).
     */
    private boolean eigenMinisterie(String tekst) {
        if (tekst.equals(ministerie) || (tekst.chars().allMatch(c -> c < 0x80) && tekst.equalsIgnoreCase(ministerie))) {
            return true;
        }
        return naamSleutel != null && naamSleutel.equals(TextKey.of(tekst));
    }

    /**
     * The row with every cell normalised ({@link Tekstnormalisatie}); removed invisible characters are reported
     * per column as a warning. Free-text columns keep their line breaks.
     */
    private Cellen normaliseer(CsvRow rij) {
        List<String> ruw = rij.cellen();
        String[] cellen = new String[ruw.size()];
        for (int i = 0; i < cellen.length; i++) {
            String cel = ruw.get(i);
            Kolom kolom = i < kolomVanCel.length ? kolomVanCel[i] : null;
            if (cel == null || kolom == null) {
                cellen[i] = cel == null ? "" : cel.strip();
                continue;
            }
            Tekstnormalisatie.Uitkomst n = Tekstnormalisatie.normaliseer(cel, kolom.type() == Kolomtype.VRIJE_TEKST);
            if (n.gewijzigdOnzichtbaar()) {
                String kopInBestand = kopVanCel[i];
                bevindingen.add(Bevinding.waarschuwing(rij.regel(), kopInBestand, Tekstnormalisatie.zichtbaar(cel),
                        BevindingCode.ONZICHTBARE_TEKENS_VERWIJDERD, "Regel " + rij.regel() + ": in kolom '" + kopInBestand
                                + "' stonden onzichtbare tekens (" + n.verwijderd() + ", bijvoorbeeld een spatie zonder "
                                + "breedte, een zacht afbreekstreepje of een teken dat de schrijfrichting omdraait); "
                                + "ze zijn weggelaten en de waarde is gelezen als '" + n.tekst() + "'."));
            }
            cellen[i] = n.tekst();
        }
        return new Cellen(rij.regel(), cellen, new String[cellen.length]);
    }

    /** Whether the row is a total (one fout, the row is not checked further). */
    private boolean totaalregel(Regel regel, Cellen rij) {
        for (int t = 0; t < totaalCellen.length; t++) {
            int index = totaalCellen[t];
            if (index >= 0 && totaalwoorden.isTotaalSleutel(rij.skelet(index))) {
                String naam = TOTAALKOLOMMEN.get(t);
                bevindingen.add(Bevinding.fout(regel.nummer(), kop.kop(naam), rij.cel(index), BevindingCode.TOTAALREGEL,
                        "Regel " + regel.nummer() + " lijkt een totaalregel ('" + rij.cel(index) + "' in kolom '"
                                + kop.kop(naam) + "'); laat totalen weg, wij tellen zelf op. Het bestand wordt niet geaccepteerd."));
                return true;
            }
        }
        return false;
    }

    /** The rules of input-schemas/plausibiliteit.csv for this form, on the values read from the row. */
    private void plausibiliteit(Regel regel, Object[] waarden, String[] teksten) {
        for (int i = 0; i < regels.size(); i++) {
            Plausibiliteitsregels.Regel r = regels.get(i);
            int f = regelKolom[i];
            Object waarde = f < 0 ? null : waarden[f];
            if (waarde == null) {
                continue;
            }
            String grensTekst;
            if (r.soort() == Plausibiliteitsregels.Soort.IN_RAPPORTAGEJAAR) {
                if (!(waarde instanceof LocalDate datum) || datum.getYear() == jaar) {
                    continue;
                }
                grensTekst = Integer.toString(jaar);
            } else {
                BigDecimal grens = r.grens(regelAndereKolom[i] < 0 ? null : waarden[regelAndereKolom[i]]);
                BigDecimal getal = waarde instanceof BigDecimal b ? b : new BigDecimal(waarde.toString());
                if (grens == null || r.voldoet(getal, grens)) {
                    continue;
                }
                grensTekst = grens.stripTrailingZeros().toPlainString();
            }
            String kolom = kopVanKolom[f];
            String tekst = teksten[f] == null ? "" : teksten[f];
            String melding = "Regel " + regel.nummer() + ": " + r.melding().replace("{waarde}", tekst)
                    .replace("{grens}", grensTekst).replace("{jaar}", Integer.toString(jaar))
                    + (r.ernst() == Ernst.FOUT ? ". Het bestand wordt niet geaccepteerd." : ".");
            bevindingen.add(r.ernst() == Ernst.FOUT
                    ? Bevinding.fout(regel.nummer(), kolom, tekst, r.code(), melding)
                    : Bevinding.waarschuwing(regel.nummer(), kolom, tekst, r.code(), melding));
        }
    }

    /**
     * The onderdeel as it may be published: a name that holds personal data ("Secretariaat van mw. J. de Vries")
     * is replaced by {@link #ONDERDEEL_ACHTERGEHOUDEN}; the row still counts, and the ministry gets a waarschuwing.
     */
    private String onderdeel(Regel regel, String onderdeel) {
        Set<Persoonsgegeven> gevonden = onderdeel == null ? Set.of() : screening.screen(onderdeel);
        if (gevonden.isEmpty()) {
            return onderdeel;
        }
        bevindingen.add(Bevinding.waarschuwing(regel.nummer(), kop.kop("onderdeel"), "", BevindingCode.PERSOONSGEGEVENS_IN_TEKST,
                "Regel " + regel.nummer() + ": de kolom '" + kop.kop("onderdeel") + "' lijkt persoonsgegevens te bevatten ("
                        + soorten(gevonden) + "); de regel telt mee, maar onder de naam '" + ONDERDEEL_ACHTERGEHOUDEN
                        + "'. Gebruik als onderdeel de naam van de organisatie-eenheid, zonder namen van personen."));
        return ONDERDEEL_ACHTERGEHOUDEN;
    }

    private static String soorten(Set<Persoonsgegeven> gevonden) {
        return String.join(", ", gevonden.stream().map(Persoonsgegeven::omschrijving).toList());
    }

    private boolean screen(Regel regel, String kopInBestand, String tekst, boolean publiceerbaar) {
        if (tekst == null) {
            return false;
        }
        Set<Persoonsgegeven> gevonden = screening.screen(tekst);
        if (gevonden.isEmpty()) {
            return false;
        }
        String soorten = soorten(gevonden);
        String gevolg = publiceerbaar
                ? "de regel telt mee, maar deze tekst wordt niet gepubliceerd"
                : "de regel telt mee; de tekst wordt niet gepubliceerd";
        bevindingen.add(Bevinding.waarschuwing(regel.nummer(), kopInBestand, "", BevindingCode.PERSOONSGEGEVENS_IN_TEKST,
                "Regel " + regel.nummer() + ": de kolom '" + kopInBestand + "' lijkt persoonsgegevens te bevatten ("
                        + soorten + "); " + gevolg + ". Verwijder persoonsgegevens uit vrije tekst."));
        return true;
    }

    private void controleerBreedte(CsvRow rij) {
        List<String> cellen = rij.cellen();
        for (int i = 0; i < cellen.size(); i++) {
            boolean zonderKop = i >= metKop.length || !metKop[i];
            if (zonderKop && cellen.get(i) != null && !cellen.get(i).isBlank()) {
                bevindingen.add(Bevinding.fout(rij.regel(), "kolom " + (i + 1), cellen.get(i), BevindingCode.REGEL_TE_VEEL_VELDEN,
                        "Regel " + rij.regel() + ": kolom " + (i + 1) + " bevat een waarde, maar heeft geen kop; "
                                + "waarschijnlijk is de regel verschoven (een scheidingsteken in een tekst zonder aanhalingstekens?). "
                                + "Het bestand wordt niet geaccepteerd."));
                return;
            }
        }
    }

    private void fout(Regel regel, String kolom, String waarde, BevindingCode code, String tekst) {
        bevindingen.add(Bevinding.fout(regel.nummer(), kolom, waarde, code,
                "Regel " + regel.nummer() + ": " + tekst + ". Het bestand wordt niet geaccepteerd."));
    }

    /** A row with every cell normalised, and the look-alike keys of the cells asked for so far. */
    private record Cellen(long regel, String[] cellen, String[] skeletten) {

        /** The look-alike key ({@link Tekstnormalisatie#skelet}) of {@link #cel}, worked out once per cell. */
        String skelet(int index) {
            if (index >= cellen.length) {
                return Tekstnormalisatie.skelet("");
            }
            String skelet = skeletten[index];
            if (skelet == null) {
                skelet = Tekstnormalisatie.skelet(cellen[index]);
                skeletten[index] = skelet;
            }
            return skelet;
        }

        /** The cell at {@code index}, or the empty string when the row is shorter. */
        String cel(int index) {
            return index < cellen.length ? cellen[index] : "";
        }

        /** The cell at {@code index}, or null when there is no such column or the row is shorter. */
        String celOfNull(int index) {
            return index >= 0 && index < cellen.length ? cellen[index] : null;
        }

        boolean leeg(int index) {
            String cel = celOfNull(index);
            return cel == null || cel.isBlank();
        }
    }

    /** The row being checked. */
    private record Regel(long nummer) {
    }
}
