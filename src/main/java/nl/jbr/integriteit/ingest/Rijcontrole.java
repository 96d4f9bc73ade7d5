package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
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
    /** Unique columns: column + look-alike key -> first occurrence. */
    private final Map<String, Eerder> uniekeWaarden = new HashMap<>();
    /** Incidents: look-alike key of onderdeel -> the first spelling, which the others are counted under. */
    private final Map<String, Eerder> onderdelen = new HashMap<>();
    private final String naamSleutel;
    private final List<Kolom> verplicht;
    private final List<Kolom> opgeslagen;
    private final List<Kolom> vrijeTekst;
    private final boolean heeftCategorie;
    private final boolean heeftOnderdeel;
    private final String publiceerbaarStandaard;

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
        // what the form says about its columns, worked out once per file rather than once per row
        Formulier formulier = kop.formulier();
        this.verplicht = formulier.verplichteKolommen();
        this.opgeslagen = formulier.opgeslagen();
        this.vrijeTekst = formulier.kolommen().stream().filter(k -> k.type() == Kolomtype.VRIJE_TEKST).toList();
        this.heeftCategorie = formulier.kolommen().stream().anyMatch(k -> k.type() == Kolomtype.CATEGORIE);
        this.heeftOnderdeel = formulier.kolom("onderdeel").isPresent();
        this.publiceerbaarStandaard = standaard(formulier.kolom("publiceerbaar"));
    }

    void controleer(CsvRow ruw) {
        controleerBreedte(ruw);
        CsvRow rij = normaliseer(ruw);
        Regel regel = new Regel(rij);
        if (totaalregel(regel, rij)) {
            return;
        }
        Map<String, Object> waarden = new HashMap<>();
        Map<String, String> teksten = new HashMap<>();
        for (Map.Entry<Integer, Kolom> e : kop.kolommen().entrySet()) {
            Kolom kolom = e.getValue();
            String tekst = rij.cel(e.getKey());
            teksten.put(kolom.naam(), tekst);
            Object waarde = lees(regel, kolom, kop.koppen().get(e.getKey()), tekst);
            if (waarde != null) {
                waarden.put(kolom.naam(), waarde);
            }
        }
        plausibiliteit(regel, waarden, teksten);
        for (Kolom kolom : verplicht) {
            int index = kop.index(kolom.naam());
            if (index >= 0 && leeg(rij, index) && kolom.type() != nl.jbr.integriteit.schema.Kolomtype.CATEGORIE) {
                fout(regel, kop.kop(kolom.naam()), "", BevindingCode.WAARDE_ONTBREEKT, "de kolom '" + kop.kop(kolom.naam())
                        + "' is leeg, maar moet ingevuld zijn");
            }
        }
        bewaar(regel, rij, waarden);
    }

    /**
     * The row as it is stored, driven by the form definition: every stored column by its warehouse name, with its
     * default when empty. Kinds of checks beyond one cell are tied to column types, not to forms: a
     * {@code categorie} column is categorised (with its {@code subcategorie}); free text ({@code vrije_tekst} and the
     * subcategorie) is screened for personal data ({@code gevoelige_tekst}); an {@code onderdeel} with personal data
     * is counted under a neutral name. Passed on only while the file has no fout.
     */
    private void bewaar(Regel regel, CsvRow rij, Map<String, Object> waarden) {
        Formulier formulier = kop.formulier();
        Map<String, Object> velden = new HashMap<>();
        Categorisering c = null;
        if (heeftCategorie) {
            c = categoriseer(rij);
        }
        boolean gevoelig = false;
        if (!vrijeTekst.isEmpty()) {
            boolean publiceerbaar = "ja".equals(waarden.getOrDefault("publiceerbaar", publiceerbaarStandaard));
            for (Kolom k : vrijeTekst) {
                gevoelig |= screen(regel, k.naam(), waarden, publiceerbaar);
            }
            if (c != null) {
                gevoelig |= screen(regel, "subcategorie", c.subcategorie(), publiceerbaar);
            }
            velden.put("gevoelige_tekst", gevoelig);
        }
        if (heeftOnderdeel) {
            waarden.put("onderdeel", onderdeel(regel, waarden));
        }
        for (Kolom k : opgeslagen) {
            Object waarde = switch (k.type()) {
                case CATEGORIE -> c == null ? null : c.categorieCode();
                case SUBCATEGORIE -> c == null ? waarden.get(k.naam()) : c.subcategorie();
                default -> waarden.get(k.naam());
            };
            if (waarde == null) {
                waarde = standaardWaarde(k);
            }
            if (waarde != null) {
                velden.put(k.veld(), waarde);
            }
        }
        boolean zonderCategorie = c != null && c.categorieCode() == null;
        if (!bevindingen.heeftFout() && !zonderCategorie) {
            ontvanger.rij(new FormulierRij(formulier, regel.nummer(), velden));
        }
    }

    private Categorisering categoriseer(CsvRow rij) {
        int categorieIndex = kop.index("categorie");
        int subIndex = kop.index("subcategorie");
        Categorisering c = categorieen.categoriseer(rij.regel(), cel(rij, categorieIndex), subIndex < 0 ? null : cel(rij, subIndex));
        for (Bevinding f : c.bevindingen()) {
            String kolom = "subcategorie".equals(f.kolom()) ? kop.kop("subcategorie") : kop.kop("categorie");
            bevindingen.add(f.metKolom(kolom));
        }
        return c;
    }

    /** The default of an empty cell as written in a file (the definition's, else the code list's), or null. */
    private String standaard(java.util.Optional<Kolom> kolom) {
        return kolom.map(k -> k.standaard() != null ? k.standaard()
                : k.type() == Kolomtype.CODELIJST ? codeLijsten.standaard(k.codelijst()) : null).orElse(null);
    }

    /** The default of an empty cell, read as the column's type. */
    private Object standaardWaarde(Kolom k) {
        String tekst = standaard(java.util.Optional.of(k));
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
    private Object lees(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        if (tekst.isEmpty() && kolom.type() != nl.jbr.integriteit.schema.Kolomtype.CODELIJST) {
            return null;
        }
        return switch (kolom.type()) {
            case TEKST -> tekstwaarde(regel, kolom, kopInBestand, tekst);
            case VRIJE_TEKST, CATEGORIE, SUBCATEGORIE -> tekst;
            case GEHEEL_GETAL -> geheelGetal(regel, kolom, kopInBestand, tekst);
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

    private String tekstwaarde(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        String skelet = Tekstnormalisatie.skelet(tekst);
        if (kolom.uniek()) {
            Eerder eerder = uniekeWaarden.putIfAbsent(kolom.naam() + "\u0000" + skelet, new Eerder(regel.nummer(), tekst));
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
    private CsvRow normaliseer(CsvRow rij) {
        List<String> cellen = new ArrayList<>(rij.cellen().size());
        for (int i = 0; i < rij.cellen().size(); i++) {
            String cel = rij.cellen().get(i);
            Kolom kolom = kop.kolommen().get(i);
            if (cel == null || kolom == null) {
                cellen.add(cel == null ? "" : cel.strip());
                continue;
            }
            Tekstnormalisatie.Uitkomst n = Tekstnormalisatie.normaliseer(cel, kolom.type() == Kolomtype.VRIJE_TEKST);
            if (n.gewijzigdOnzichtbaar()) {
                String kopInBestand = kop.koppen().get(i);
                bevindingen.add(Bevinding.waarschuwing(rij.regel(), kopInBestand, Tekstnormalisatie.zichtbaar(cel),
                        BevindingCode.ONZICHTBARE_TEKENS_VERWIJDERD, "Regel " + rij.regel() + ": in kolom '" + kopInBestand
                                + "' stonden onzichtbare tekens (" + n.verwijderd() + ", bijvoorbeeld een spatie zonder "
                                + "breedte, een zacht afbreekstreepje of een teken dat de schrijfrichting omdraait); "
                                + "ze zijn weggelaten en de waarde is gelezen als '" + n.tekst() + "'."));
            }
            cellen.add(n.tekst());
        }
        return new CsvRow(rij.regel(), cellen);
    }

    /** Whether the row is a total (one fout, the row is not checked further). */
    private boolean totaalregel(Regel regel, CsvRow rij) {
        for (String naam : TOTAALKOLOMMEN) {
            int index = kop.index(naam);
            if (index >= 0 && totaalwoorden.isTotaal(rij.cel(index))) {
                bevindingen.add(Bevinding.fout(regel.nummer(), kop.kop(naam), rij.cel(index), BevindingCode.TOTAALREGEL,
                        "Regel " + regel.nummer() + " lijkt een totaalregel ('" + rij.cel(index) + "' in kolom '"
                                + kop.kop(naam) + "'); laat totalen weg, wij tellen zelf op. Het bestand wordt niet geaccepteerd."));
                return true;
            }
        }
        return false;
    }

    /** The rules of input-schemas/plausibiliteit.csv for this form, on the values read from the row. */
    private void plausibiliteit(Regel regel, Map<String, Object> waarden, Map<String, String> teksten) {
        for (Plausibiliteitsregels.Regel r : regels) {
            Object waarde = waarden.get(r.kolom());
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
                BigDecimal grens = r.grens(waarden);
                BigDecimal getal = waarde instanceof BigDecimal b ? b : new BigDecimal(waarde.toString());
                if (grens == null || r.voldoet(getal, grens)) {
                    continue;
                }
                grensTekst = grens.stripTrailingZeros().toPlainString();
            }
            String kolom = kop.kop(r.kolom());
            String tekst = teksten.getOrDefault(r.kolom(), "");
            String melding = "Regel " + regel.nummer() + ": " + r.melding().replace("{waarde}", tekst)
                    .replace("{grens}", grensTekst).replace("{jaar}", Integer.toString(jaar))
                    + (r.ernst() == nl.jbr.integriteit.bevinding.Ernst.FOUT ? ". Het bestand wordt niet geaccepteerd." : ".");
            bevindingen.add(r.ernst() == nl.jbr.integriteit.bevinding.Ernst.FOUT
                    ? Bevinding.fout(regel.nummer(), kolom, tekst, r.code(), melding)
                    : Bevinding.waarschuwing(regel.nummer(), kolom, tekst, r.code(), melding));
        }
    }

    private boolean screen(Regel regel, String kolom, Map<String, Object> waarden, boolean publiceerbaar) {
        return screen(regel, kolom, (String) waarden.get(kolom), publiceerbaar);
    }

    /**
     * The onderdeel as it may be published: a name that holds personal data ("Secretariaat van mw. J. de Vries")
     * is replaced by {@link #ONDERDEEL_ACHTERGEHOUDEN}; the row still counts, and the ministry gets a waarschuwing.
     */
    private String onderdeel(Regel regel, Map<String, Object> waarden) {
        String onderdeel = (String) waarden.get("onderdeel");
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

    private boolean screen(Regel regel, String kolom, String tekst, boolean publiceerbaar) {
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
        bevindingen.add(Bevinding.waarschuwing(regel.nummer(), kop.kop(kolom), "", BevindingCode.PERSOONSGEGEVENS_IN_TEKST,
                "Regel " + regel.nummer() + ": de kolom '" + kop.kop(kolom) + "' lijkt persoonsgegevens te bevatten ("
                        + soorten + "); " + gevolg + ". Verwijder persoonsgegevens uit vrije tekst."));
        return true;
    }

    private void controleerBreedte(CsvRow rij) {
        List<String> cellen = rij.cellen();
        for (int i = 0; i < cellen.size(); i++) {
            boolean zonderKop = i >= kop.breedte() || !kop.koppen().containsKey(i);
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

    private static String cel(CsvRow rij, int index) {
        return index >= 0 && index < rij.cellen().size() ? rij.cellen().get(index) : null;
    }

    private static boolean leeg(CsvRow rij, int index) {
        String cel = cel(rij, index);
        return cel == null || cel.isBlank();
    }

    /** The row being checked. */
    private record Regel(CsvRow rij) {
        long nummer() {
            return rij.regel();
        }
    }
}
