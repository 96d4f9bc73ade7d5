package nl.jbr.integriteit.inleverstatus;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * Who delivered what (issue 13, item 2): for every year in the drop folder, every ministry valid that year times
 * every form, the status of its submission — {@code geaccepteerd}, {@code afgekeurd} (with or without an earlier
 * version still in force) or {@code geen opgave} — from the ledger. Used by the inleverstatus pages, the feedback
 * overview per ministry and {@code status}.
 */
public final class Inleverstatus {

    public static final String GEACCEPTEERD = "geaccepteerd";
    public static final String AFGEKEURD = "afgekeurd";
    public static final String GEEN_OPGAVE = "geen opgave";
    public static final String NIET_HERKEND = "niet herkend";

    /** One file (present or no longer present) as the ledger knows it. */
    public record Bestand(String ministerie, int jaar, String bestandsnaam, boolean aanwezig, int versie, String status,
                          String formulier, LocalDateTime ontvangenOp, int fouten, int waarschuwingen,
                          Integer versieInGebruik, LocalDateTime inGebruikOntvangenOp, boolean telt) {

        /** The file's latest version is the one in force (stg_bestand_in_gebruik.actueel_telt). */
        public boolean geaccepteerd() {
            return aanwezig && telt;
        }

        /** A rejected latest version, with an earlier accepted version of the same file in force. */
        public boolean vorigeVersieInGebruik() {
            return aanwezig && versieInGebruik != null && versieInGebruik != versie;
        }

        public String uitkomst() {
            return geaccepteerd() ? GEACCEPTEERD : AFGEKEURD;
        }
    }

    /**
     * One line of the inleverstatus: a ministry, a form, and the file delivered for it (null fields: geen opgave).
     *
     * @param teLaat null when the year has no deadline ({@code jbr.inleverdatum.<jaar>})
     */
    public record Regel(int jaar, String ministerie, String ministerieNaam, String formulier, String status,
                        Bestand bestand, LocalDate inleverdatum, Boolean teLaat) {

        public boolean vorigeVersieInGebruik() {
            return bestand != null && bestand.vorigeVersieInGebruik();
        }
    }

    private final Warehouse warehouse;
    private final SqlQueries queries;
    private final List<String> formulieren;
    private final IntFunction<Optional<LocalDate>> inleverdatum;
    private final Clock clock;

    /**
     * @param formulieren  the forms every ministry is asked for, in display order
     * @param inleverdatum the deadline of a year, if one is set
     */
    public Inleverstatus(Warehouse warehouse, SqlQueries queries, List<String> formulieren,
                         IntFunction<Optional<LocalDate>> inleverdatum, Clock clock) {
        this.warehouse = warehouse;
        this.queries = queries;
        this.formulieren = List.copyOf(formulieren);
        this.inleverdatum = inleverdatum;
        this.clock = clock;
    }

    public List<String> formulieren() {
        return formulieren;
    }

    public Optional<LocalDate> inleverdatum(int jaar) {
        return inleverdatum.apply(jaar);
    }

    /** Every file the ledger knows, present ones and those no longer present, by year, ministry, name. */
    public List<Bestand> bestanden() {
        return warehouse.jdbc().sql(queries.get("inleverstatus_bestanden")).query((rs, i) -> new Bestand(
                rs.getString("ministerie"), rs.getInt("jaar"), rs.getString("bestandsnaam"),
                rs.getBoolean("aanwezig"), rs.getInt("versie"), rs.getString("status"), rs.getString("formulier"),
                tijd(rs.getTimestamp("ontvangen_op")), rs.getInt("fouten"), rs.getInt("waarschuwingen"),
                (Integer) rs.getObject("in_gebruik_versie"), tijd(rs.getTimestamp("in_gebruik_ontvangen_op")),
                rs.getBoolean("telt"))).list();
    }

    /** Per year present in the drop folder: code to name of every ministry valid that year, in code-list order. */
    public Map<Integer, Map<String, String>> ministeries() {
        Map<Integer, Map<String, String>> perJaar = new LinkedHashMap<>();
        warehouse.jdbc().sql(queries.get("inleverstatus_ministeries")).query(rs -> {
            perJaar.computeIfAbsent(rs.getInt("jaar"), j -> new LinkedHashMap<>())
                    .put(rs.getString("ministerie"), rs.getString("naam"));
        });
        return perJaar;
    }

    /** The inleverstatus of every year: per ministry and form one line per file, or one line {@code geen opgave}. */
    public Map<Integer, List<Regel>> regels() {
        return regels(ministeries(), bestanden());
    }

    Map<Integer, List<Regel>> regels(Map<Integer, Map<String, String>> ministeries, List<Bestand> bestanden) {
        LocalDate vandaag = LocalDate.now(clock);
        Map<Integer, List<Regel>> perJaar = new LinkedHashMap<>();
        ministeries.forEach((jaar, codes) -> {
            LocalDate datum = inleverdatum(jaar).orElse(null);
            List<Regel> regels = new ArrayList<>();
            codes.forEach((code, naam) -> {
                List<Bestand> eigen = bestanden.stream()
                        .filter(b -> b.aanwezig() && b.jaar() == jaar && b.ministerie().equals(code)).toList();
                for (String formulier : formulieren) {
                    // a workbook may hold several forms: its form is recorded as 'incidenten+personeel'
                    List<Bestand> van = eigen.stream().filter(b -> b.formulier() != null
                            && List.of(b.formulier().split("\\+")).contains(formulier)).toList();
                    if (van.isEmpty()) {
                        regels.add(new Regel(jaar, code, naam, formulier, GEEN_OPGAVE, null, datum,
                                datum == null ? null : vandaag.isAfter(datum)));
                    }
                    for (Bestand b : van) {
                        regels.add(new Regel(jaar, code, naam, formulier, b.uitkomst(), b, datum, teLaat(b, datum, vandaag)));
                    }
                }
                for (Bestand b : eigen) {
                    if (b.formulier() == null || List.of(b.formulier().split("\\+")).stream().noneMatch(formulieren::contains)) {
                        regels.add(new Regel(jaar, code, naam, b.formulier() == null ? NIET_HERKEND : b.formulier(),
                                b.uitkomst(), b, datum, teLaat(b, datum, vandaag)));
                    }
                }
            });
            perJaar.put(jaar, regels);
        });
        return perJaar;
    }

    /** Late: the version that counts arrived after the deadline, or nothing counts and the deadline has passed. */
    private static Boolean teLaat(Bestand b, LocalDate datum, LocalDate vandaag) {
        if (datum == null) {
            return null;
        }
        LocalDateTime telt = b.geaccepteerd() ? b.ontvangenOp() : b.vorigeVersieInGebruik() ? b.inGebruikOntvangenOp() : null;
        return telt == null ? vandaag.isAfter(datum) : telt.toLocalDate().isAfter(datum);
    }

    private static LocalDateTime tijd(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
