package nl.jbr.integriteit.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.jbr.integriteit.feedback.Finding;
import nl.jbr.integriteit.feedback.FindingCode;
import nl.jbr.integriteit.ingest.csv.CsvRow;
import nl.jbr.integriteit.normalise.CategorieNormaliser;
import nl.jbr.integriteit.normalise.Categorisering;
import nl.jbr.integriteit.normalise.CodeLijsten;
import nl.jbr.integriteit.normalise.TextKey;
import nl.jbr.integriteit.normalise.privacy.Persoonsgegeven;
import nl.jbr.integriteit.normalise.privacy.VrijeTekstScreening;
import nl.jbr.integriteit.schema.Kolom;
import nl.jbr.integriteit.schema.Ministeries;

/**
 * Checks the data rows of one file against its form, row by row, and passes each valid row, normalised,
 * to the {@link RijOntvanger} — until the first fout, after which the file cannot be accepted and rows
 * are only checked (so that every finding is still reported).
 */
final class Rijcontrole {

    private final Kopregel kop;
    private final String ministerie;
    private final int jaar;
    private final Ministeries ministeries;
    private final CategorieNormaliser categorieen;
    private final CodeLijsten codeLijsten;
    private final VrijeTekstScreening screening;
    private final Bevindingen bevindingen;
    private final RijOntvanger ontvanger;
    private final Map<String, Long> uniekeWaarden = new HashMap<>();
    private final Set<String> ministerieSleutels;

    /** What is published instead of an onderdeel whose name holds personal data. */
    static final String ONDERDEEL_ACHTERGEHOUDEN = "(naam onderdeel achtergehouden)";

    Rijcontrole(Kopregel kop, String ministerie, int jaar, Ministeries ministeries, CategorieNormaliser categorieen,
                CodeLijsten codeLijsten, VrijeTekstScreening screening, Bevindingen bevindingen, RijOntvanger ontvanger) {
        this.kop = kop;
        this.ministerie = ministerie;
        this.jaar = jaar;
        this.ministeries = ministeries;
        this.categorieen = categorieen;
        this.codeLijsten = codeLijsten;
        this.screening = screening;
        this.bevindingen = bevindingen;
        this.ontvanger = ontvanger;
        this.ministerieSleutels = ministeries.naam(ministerie, jaar)
                .map(naam -> Set.of(TextKey.of(ministerie), TextKey.of(naam)))
                .orElse(Set.of(TextKey.of(ministerie)));
    }

    void controleer(CsvRow rij) {
        Regel regel = new Regel(rij);
        controleerBreedte(rij);
        Map<String, Object> waarden = new HashMap<>();
        for (Map.Entry<Integer, Kolom> e : kop.kolommen().entrySet()) {
            Kolom kolom = e.getValue();
            String cel = e.getKey() < rij.cellen().size() ? rij.cellen().get(e.getKey()) : null;
            String tekst = cel == null ? "" : cel.strip();
            Object waarde = lees(regel, kolom, kop.koppen().get(e.getKey()), tekst);
            if (waarde != null) {
                waarden.put(kolom.naam(), waarde);
            }
        }
        for (Kolom kolom : kop.formulier().verplichteKolommen()) {
            int index = kop.index(kolom.naam());
            if (index >= 0 && leeg(rij, index) && kolom.type() != nl.jbr.integriteit.schema.Kolomtype.CATEGORIE) {
                fout(regel, kop.kop(kolom.naam()), "", FindingCode.WAARDE_ONTBREEKT, "de kolom '" + kop.kop(kolom.naam())
                        + "' is leeg, maar moet ingevuld zijn");
            }
        }
        if ("incidenten".equals(kop.formulier().naam())) {
            incident(regel, rij, waarden);
        } else {
            personeel(regel, waarden);
        }
    }

    private void incident(Regel regel, CsvRow rij, Map<String, Object> waarden) {
        int categorieIndex = kop.index("categorie");
        int subIndex = kop.index("subcategorie");
        Categorisering c = categorieen.categoriseer(rij.regel(), cel(rij, categorieIndex), subIndex < 0 ? null : cel(rij, subIndex));
        for (Finding f : c.bevindingen()) {
            String kolom = "subcategorie".equals(f.kolom()) ? kop.kop("subcategorie") : kop.kop("categorie");
            bevindingen.add(f.metKolom(kolom));
        }
        boolean publiceerbaar = "ja".equals(waarden.getOrDefault("publiceerbaar", codeLijsten.standaard("publiceerbaar")));
        boolean gevoelig = screen(regel, "omschrijving", waarden, publiceerbaar)
                | screen(regel, "toelichting_afronding", waarden, publiceerbaar)
                | screen(regel, "subcategorie", c.subcategorie(), publiceerbaar);
        String onderdeel = onderdeel(regel, waarden);
        if (!bevindingen.heeftFout() && c.categorieCode() != null) {
            ontvanger.melding(new MeldingRij(rij.regel(),
                    (String) waarden.get("volgnummer"),
                    onderdeel,
                    (LocalDate) waarden.get("datum_melding"),
                    code(waarden, "soort_incident"),
                    c.categorieCode(),
                    c.subcategorie(),
                    ((Long) waarden.getOrDefault("aantal_betrokkenen", 1L)).intValue(),
                    code(waarden, "soort_onderzoek"),
                    code(waarden, "uitkomst"),
                    code(waarden, "afdoening"),
                    code(waarden, "aangifte"),
                    (String) waarden.get("omschrijving"),
                    (String) waarden.get("toelichting_afronding"),
                    publiceerbaar,
                    gevoelig));
        }
    }

    private void personeel(Regel regel, Map<String, Object> waarden) {
        String onderdeel = onderdeel(regel, waarden);
        if (!bevindingen.heeftFout()) {
            ontvanger.personeel(new PersoneelRij(regel.nummer(),
                    onderdeel,
                    (Long) waarden.get("aantal_medewerkers"),
                    (BigDecimal) waarden.get("aantal_fte"),
                    (Long) waarden.get("aantal_nevenwerkzaamheden")));
        }
    }

    /** Reads one cell by its column type; {@code null} when empty or invalid (invalid adds a finding). */
    private Object lees(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        if (tekst.isEmpty() && kolom.type() != nl.jbr.integriteit.schema.Kolomtype.CODELIJST) {
            return null;
        }
        return switch (kolom.type()) {
            case TEKST -> uniek(regel, kolom, kopInBestand, tekst);
            case VRIJE_TEKST, CATEGORIE, SUBCATEGORIE -> tekst;
            case GEHEEL_GETAL -> geheelGetal(regel, kolom, kopInBestand, tekst);
            case DECIMAAL -> decimaal(regel, kolom, kopInBestand, tekst);
            case DATUM -> datum(regel, kopInBestand, tekst);
            case CODELIJST -> {
                List<Finding> gevonden = new ArrayList<>();
                String waarde = codeLijsten.normaliseer(kolom.codelijst(), regel.nummer(), kopInBestand, tekst, gevonden);
                gevonden.forEach(f -> bevindingen.add(f.metKolom(kopInBestand)));
                yield waarde;
            }
            case JAAR -> jaar(regel, kopInBestand, tekst);
            case MINISTERIE -> ministerie(regel, kopInBestand, tekst);
        };
    }

    private String uniek(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        if (kolom.uniek()) {
            String sleutel = kolom.naam() + "\u0000" + tekst.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            Long eerder = uniekeWaarden.putIfAbsent(sleutel, regel.nummer());
            if (eerder != null) {
                fout(regel, kopInBestand, tekst, FindingCode.WAARDE_DUBBEL, "de waarde '" + tekst + "' in kolom '"
                        + kopInBestand + "' komt ook voor op regel " + eerder + "; elke waarde mag in deze kolom maar één keer voorkomen");
            }
        }
        return tekst;
    }

    private Long geheelGetal(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        Getallen.Uitkomst<Long> getal = Getallen.geheelGetal(tekst);
        if (getal.fout() != null) {
            fout(regel, kopInBestand, tekst, FindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' " + getal.fout() + "; vul een geheel getal in zonder decimalen of tekst");
            return null;
        }
        if (kolom.minimum() != null && getal.waarde() < kolom.minimum()) {
            onderMinimum(regel, kolom, kopInBestand, tekst);
            return null;
        }
        if (getal.gecorrigeerd()) {
            bevindingen.add(Finding.waarschuwing(regel.nummer(), kopInBestand, tekst, FindingCode.WAARDE_GECORRIGEERD,
                    "Regel " + regel.nummer() + ": '" + tekst + "' in kolom '" + kopInBestand + "' is gelezen als "
                            + getal.waarde() + " (punt als scheidingsteken voor duizendtallen). Klopt dat niet, corrigeer dan het bestand."));
        }
        return getal.waarde();
    }

    private BigDecimal decimaal(Regel regel, Kolom kolom, String kopInBestand, String tekst) {
        Getallen.Uitkomst<BigDecimal> getal = Getallen.decimaal(tekst);
        if (getal.fout() != null) {
            fout(regel, kopInBestand, tekst, FindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
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
        fout(regel, kopInBestand, tekst, FindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                + "' is kleiner dan " + kolom.minimum() + ", de kleinste toegestane waarde");
    }

    private LocalDate datum(Regel regel, String kopInBestand, String tekst) {
        LocalDate datum = Datums.lees(tekst);
        if (datum == null) {
            fout(regel, kopInBestand, tekst, FindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' is geen geldige datum; schrijf de datum als 2024-03-01 of 1-3-2024");
        }
        return datum;
    }

    private Integer jaar(Regel regel, String kopInBestand, String tekst) {
        Getallen.Uitkomst<Long> getal = Getallen.geheelGetal(tekst);
        if (getal.fout() != null || getal.gecorrigeerd()) {
            fout(regel, kopInBestand, tekst, FindingCode.WAARDE_ONGELDIG, "'" + tekst + "' in kolom '" + kopInBestand
                    + "' is geen jaartal");
            return null;
        }
        if (getal.waarde() != jaar) {
            fout(regel, kopInBestand, tekst, FindingCode.JAAR_WIJKT_AF, "het jaar " + getal.waarde()
                    + " wijkt af van het jaar van de map (" + jaar + "); een bestand bevat alleen gegevens over het jaar van zijn map");
            return null;
        }
        return jaar;
    }

    private String ministerie(Regel regel, String kopInBestand, String tekst) {
        if (!ministerieSleutels.contains(TextKey.of(tekst))) {
            fout(regel, kopInBestand, tekst, FindingCode.MINISTERIE_WIJKT_AF, "het ministerie '" + tekst
                    + "' wijkt af van de map (" + ministerie + "); een ministerie levert alleen zijn eigen gegevens aan");
            return null;
        }
        return ministerie;
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
        bevindingen.add(Finding.waarschuwing(regel.nummer(), kop.kop("onderdeel"), "", FindingCode.PERSOONSGEGEVENS_IN_TEKST,
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
        bevindingen.add(Finding.waarschuwing(regel.nummer(), kop.kop(kolom), "", FindingCode.PERSOONSGEGEVENS_IN_TEKST,
                "Regel " + regel.nummer() + ": de kolom '" + kop.kop(kolom) + "' lijkt persoonsgegevens te bevatten ("
                        + soorten + "); " + gevolg + ". Verwijder persoonsgegevens uit vrije tekst."));
        return true;
    }

    private void controleerBreedte(CsvRow rij) {
        List<String> cellen = rij.cellen();
        for (int i = 0; i < cellen.size(); i++) {
            boolean zonderKop = i >= kop.breedte() || !kop.koppen().containsKey(i);
            if (zonderKop && cellen.get(i) != null && !cellen.get(i).isBlank()) {
                bevindingen.add(Finding.fout(rij.regel(), "kolom " + (i + 1), cellen.get(i), FindingCode.REGEL_TE_VEEL_VELDEN,
                        "Regel " + rij.regel() + ": kolom " + (i + 1) + " bevat een waarde, maar heeft geen kop; "
                                + "waarschijnlijk is de regel verschoven (een scheidingsteken in een tekst zonder aanhalingstekens?). "
                                + "Het bestand wordt niet geaccepteerd."));
                return;
            }
        }
    }

    private void fout(Regel regel, String kolom, String waarde, FindingCode code, String tekst) {
        bevindingen.add(Finding.fout(regel.nummer(), kolom, waarde, code,
                "Regel " + regel.nummer() + ": " + tekst + ". Het bestand wordt niet geaccepteerd."));
    }

    private String code(Map<String, Object> waarden, String kolom) {
        Object waarde = waarden.get(kolom);
        return waarde != null ? (String) waarde : codeLijsten.standaard(kolom);
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
