package nl.jbr.integriteit.vaststelling;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.jbr.integriteit.tabel.DutchNumbers;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * The release of a published year (contract 6): {@code vaststellen --jaar N} records which files were in force for N
 * ({@code vaststelling}, {@code vaststelling_bestand}); from then on N's figures are computed from those files
 * (model {@code stg_bestand_gepubliceerd}) and later runs leave {@code openbaar/<N>/} as it is, while BZK sees what
 * changed since ({@link #wijzigingen}). {@code vaststellen --jaar N} again records a revision. A vaststelling is
 * recorded before its run publishes it and marked when it is; every run first removes one that was never published
 * ({@link #opruimen}), so a failed or killed vaststellen run has no effect.
 */
public final class Vaststelling {

    /** The job parameter of a vaststellen run: the year. */
    public static final String PARAMETER = "vaststellen";

    /** One vaststelling of a year. */
    public record Stand(int jaar, int versie, LocalDate datum, String reden, boolean gepubliceerd) {

        /** What the year's pages and manifest say. */
        public Vrijgave vrijgave() {
            return new Vrijgave(versie == 1 ? Vrijgave.VASTGESTELD : Vrijgave.HERZIEN, datum, reden);
        }
    }

    /** An accepted file of a vastgesteld year whose version in force changed since (either version may be absent). */
    public record Wijziging(int jaar, String ministerie, String bestandsnaam, String formulier, Integer versieVastgesteld,
                            Integer versieNu, Long regelsVastgesteld, Long regelsNu) {

        /** One line for BZK (Dutch). */
        public String tekst() {
            String wat = versieVastgesteld == null ? "nieuw geaccepteerd (versie " + versieNu + ", " + regelsNu + " regels)"
                    : versieNu == null ? "telt niet meer mee (was versie " + versieVastgesteld + ", " + regelsVastgesteld + " regels)"
                    : "versie " + versieVastgesteld + " → " + versieNu + ", " + regelsVastgesteld + " → " + regelsNu + " regels";
            return ministerie + " " + (formulier == null ? "" : formulier + " ") + "(" + bestandsnaam + "): " + wat;
        }
    }

    /** A ministry's figure of a vastgesteld year that a revision would change (either value may be absent). */
    public record Gevolg(int jaar, String ministerie, String grootheid, BigDecimal vastgesteld, BigDecimal nu) {

        /** {@code meldingen 121 → 122} (Dutch numbers; "geen" for an absent figure). */
        public String tekst() {
            return grootheid + " " + getal(vastgesteld) + " → " + getal(nu);
        }

        private static String getal(BigDecimal waarde) {
            if (waarde == null) {
                return "geen";
            }
            BigDecimal kort = waarde.stripTrailingZeros();
            return DutchNumbers.decimal(kort.scale() < 0 ? kort.setScale(0) : kort);
        }
    }

    private final Warehouse warehouse;
    private final SqlQueries queries;

    public Vaststelling(Warehouse warehouse, SqlQueries queries) {
        this.warehouse = warehouse;
        this.queries = queries;
    }

    /** Removes a vaststelling that was never published (a vaststellen run that failed or was killed). */
    public void opruimen() {
        warehouse.inTransactie("remove an unpublished vaststelling", c -> {
            warehouse.jdbc().sql(queries.get("vaststelling_opruimen_bestanden")).update();
            warehouse.jdbc().sql(queries.get("vaststelling_opruimen")).update();
        });
    }

    /**
     * Records a new vaststelling of {@code jaar} with the files in force now, not yet published. Empty when the year
     * is vastgesteld already and none of its accepted files changed since: there is nothing to revise.
     *
     * @throws VaststellingFout when the year has no files at all
     */
    public Optional<Stand> begin(int jaar, long runId, LocalDate datum) {
        opruimen();
        long bestanden = warehouse.jdbc().sql(queries.get("vaststelling_bestanden_tellen")).param(jaar).query(Long.class).single();
        if (bestanden == 0) {
            throw new VaststellingFout("Voor " + jaar + " is geen geaccepteerd bestand ingeleverd; er is niets vast te stellen.");
        }
        List<Stand> eerder = standen().getOrDefault(jaar, List.of());
        int versie = eerder.size() + 1;
        String reden = null;
        if (!eerder.isEmpty()) {
            List<Wijziging> wijzigingen = wijzigingen(jaar);
            if (wijzigingen.isEmpty()) {
                return Optional.empty();
            }
            TreeSet<String> ministeries = new TreeSet<>();
            wijzigingen.forEach(w -> ministeries.add(w.ministerie()));
            reden = "gewijzigde opgaven van " + String.join(", ", ministeries);
        }
        Stand stand = new Stand(jaar, versie, datum, reden, false);
        warehouse.inTransactie("record the vaststelling of " + jaar, c -> {
            warehouse.jdbc().sql(queries.get("vaststelling_nieuw")).params(jaar, versie, Date.valueOf(datum), stand.reden(), runId)
                    .update();
            warehouse.jdbc().sql(queries.get("vaststelling_bestanden_vastleggen")).params(versie, jaar).update();
        });
        return Optional.of(stand);
    }

    /** Marks a vaststelling as published. */
    public void gepubliceerd(Stand stand) {
        warehouse.jdbc().sql(queries.get("vaststelling_gepubliceerd")).params(stand.jaar(), stand.versie()).update();
    }

    /** Every vaststelling per year, oldest first. */
    public Map<Integer, List<Stand>> standen() {
        Map<Integer, List<Stand>> perJaar = new TreeMap<>();
        warehouse.jdbc().sql(queries.get("vaststelling_lezen")).query((rs, i) -> new Stand(rs.getInt(1), rs.getInt(2),
                rs.getDate(3).toLocalDate(), rs.getString(4), rs.getBoolean(5))).list()
                .forEach(s -> perJaar.computeIfAbsent(s.jaar(), j -> new ArrayList<>()).add(s));
        return perJaar;
    }

    /** The latest published vaststelling of every frozen year. */
    public Map<Integer, Stand> vastgesteld() {
        return vastgesteld(standen());
    }

    /** The latest published vaststelling of every frozen year, from {@link #standen()} already read. */
    public static Map<Integer, Stand> vastgesteld(Map<Integer, List<Stand>> standen) {
        Map<Integer, Stand> uit = new TreeMap<>();
        standen.forEach((jaar, lijst) -> lijst.stream().filter(Stand::gepubliceerd).reduce((a, b) -> b)
                .ifPresent(s -> uit.put(jaar, s)));
        return uit;
    }

    /**
     * A vastgesteld year for BZK: its release state, what changed since (one line per file) and what a revision would
     * change in the figures (one line per ministry: {@code BZK: meldingen 121 → 122, betrokkenen 159 → 160}).
     */
    public record Jaarstand(int jaar, String publicatie, List<String> gewijzigd, List<String> gevolgen) {
    }

    /** Every vastgesteld year's release state, changes since and their effect, for {@code beheer/} and {@code status}. */
    public List<Jaarstand> jaarstanden() {
        List<Jaarstand> uit = new ArrayList<>();
        Map<Integer, List<String>> gewijzigd = new TreeMap<>();
        wijzigingen(null).forEach(w -> gewijzigd.computeIfAbsent(w.jaar(), j -> new ArrayList<>()).add(w.tekst()));
        Map<Integer, Map<String, List<String>>> gevolgen = new TreeMap<>();
        gevolgen(null).forEach(g -> gevolgen.computeIfAbsent(g.jaar(), j -> new TreeMap<>())
                .computeIfAbsent(g.ministerie(), m -> new ArrayList<>()).add(g.tekst()));
        vastgesteld().forEach((jaar, stand) -> {
            List<String> perMinisterie = new ArrayList<>();
            gevolgen.getOrDefault(jaar, Map.of()).forEach((m, cijfers) -> perMinisterie.add(m + ": " + String.join(", ", cijfers)));
            uit.add(new Jaarstand(jaar, stand.vrijgave().kort(), gewijzigd.getOrDefault(jaar, List.of()), perMinisterie));
        });
        return uit;
    }

    /** The ministries' figures of the vastgesteld years (or of {@code jaar}) that a revision would change. */
    public List<Gevolg> gevolgen(Integer jaar) {
        return warehouse.jdbc().sql(queries.get("vaststelling_gevolgen")).params(jaar, jaar)
                .query((rs, i) -> new Gevolg(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5))).list();
    }

    /** The accepted files of the vastgesteld years (or of {@code jaar}) whose version in force changed since. */
    public List<Wijziging> wijzigingen(Integer jaar) {
        return warehouse.jdbc().sql(queries.get("vaststelling_wijzigingen")).params(jaar, jaar)
                .query((rs, i) -> new Wijziging(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5, Integer.class), (Integer) rs.getObject(6, Integer.class),
                        (Long) rs.getObject(7, Long.class), (Long) rs.getObject(8, Long.class))).list();
    }
}
