package nl.jbr.integriteit.terugmelding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import nl.jbr.integriteit.uitvoer.werkmap.XlsxSchrijver;
import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.ingest.GenegeerdPad;
import nl.jbr.integriteit.ingest.Ontvangstregister;
import nl.jbr.integriteit.uitvoer.ParallelTasks;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.vingerafdruk.Vingerafdruk;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Writes the feedback (terugmelding) of every file present in the drop folder from the ledger: the
 * findings of its current version, and which version of it is in force. Worked out again on every run from the
 * ledger, so the output folder can always be regenerated from the data directory; a page whose content did not
 * change is left as it is (see {@link #schrijf(Path, String, String)}).
 */
public final class Terugmeldingen {

    private static final Logger log = LoggerFactory.getLogger(Terugmeldingen.class);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final Warehouse warehouse;
    private final SqlQueries queries;
    private final Ontvangstregister register;
    private final TerugmeldingWriter writer;

    public Terugmeldingen(Warehouse warehouse, SqlQueries queries, Ontvangstregister register, TerugmeldingWriter writer) {
        this.warehouse = warehouse;
        this.queries = queries;
        this.register = register;
        this.writer = writer;
    }

    /** Per file (key {@code ministerie NUL jaar NUL naam}) its feedback page, relative to the output root. */
    private final Map<String, String> paginas = new ConcurrentHashMap<>();

    /** Writes all feedback files under {@code outputRoot/feedback/}; returns how many files got feedback. */
    public int schrijf(Path outputRoot) {
        return schrijf(outputRoot, "");
    }

    /**
     * As {@link #schrijf(Path)}; {@code stempel} says on every page when and by which run it was made. Files seen
     * before but no longer in the drop folder get feedback saying so (they no longer count).
     */
    public int schrijf(Path outputRoot, String stempel) {
        return schrijf(outputRoot, stempel, null);
    }

    /**
     * As {@link #schrijf(Path, String)}, but a file whose feedback would say exactly what its pages already say is
     * left as it is: {@code code} fingerprints everything the pages depend on besides the feedback itself (templates,
     * schemas, the application; see {@code vingerafdruk/Publicatiestand}), and each page carries the fingerprint of its
     * content ({@link TerugmeldingWriter}). A run after one changed file then rewrites that file's feedback, not
     * everyone's; the line saying when a page was made keeps the date it was made. {@code null}: write all.
     */
    public int schrijf(Path outputRoot, String stempel, String code) {
        try (Lopend lopend = begin(outputRoot, stempel, code)) {
            return lopend.wacht();
        }
    }

    /**
     * As {@link #schrijf(Path, String, String)}, but returns once the ledger is read: the pages are then still being
     * written on a pool of their own, and the caller can do other work meanwhile (the publication of the years uses
     * the processors the writing leaves idle). {@link Lopend#wacht} waits for the pages; closing waits too, so no
     * feedback is cut short when the caller's own work fails.
     */
    public Lopend begin(Path outputRoot, String stempel, String code) {
        paginas.clear();
        Schrijvers schrijvers = new Schrijvers();
        try {
            return new Lopend(schrijvers, lees(outputRoot, stempel, code, schrijvers));
        } catch (RuntimeException | Error e) {
            schrijvers.close();
            throw e;
        }
    }

    /** Feedback being written (see {@link #begin}). */
    public static final class Lopend implements AutoCloseable {

        private final Schrijvers schrijvers;
        private final int aantal;
        private boolean klaar;

        private Lopend(Schrijvers schrijvers, int aantal) {
            this.schrijvers = schrijvers;
            this.aantal = aantal;
        }

        /** Waits until every page is written and returns how many files got feedback; a failure is passed on. */
        public int wacht() {
            if (!klaar) {
                klaar = true;
                schrijvers.wacht();
                log.info("Terugmelding geschreven voor {} bestanden", aantal);
            }
            return aantal;
        }

        /** Waits for the pages that are still being written, then stops the pool. */
        @Override
        public void close() {
            try {
                wacht();
            } finally {
                schrijvers.close();
            }
        }
    }

    /** Reads the ledger, one file after the other, and hands each report to the writers; returns how many. */
    private int lees(Path outputRoot, String stempel, String code, Schrijvers schrijvers) {
        int[] aantal = {0};
        Set<String> bezet = new HashSet<>(); // feedback names written in this run
        try (Ontvangstregister.BevindingenInMap gevonden = register.bevindingenInMap()) {
            Map<Long, List<Bevinding>> achtergehouden = achtergehouden();
            warehouse.jdbc().sql(queries.get("terugmelding_bestanden")).query(rs -> {
                long versieId = rs.getLong("versie_id");
                int versie = rs.getInt("versie");
                String dubbelVan = rs.getString("dubbel_van");
                String eldersMinisterie = rs.getString("elders_ministerie");
                String alIngeleverdIn = rs.getString("al_ingeleverd_in");
                boolean geaccepteerd = rs.getBoolean("actueel_telt");
                List<Bevinding> bevindingen = new ArrayList<>();
                if (dubbelVan != null) {
                    bevindingen.add(Bevinding.dubbel(dubbelVan));
                }
                if (eldersMinisterie != null) {
                    // contract 2: one file, one ministry
                    bevindingen.add(Bevinding.elders(eldersMinisterie, rs.getInt("elders_jaar"),
                            rs.getString("elders_bestandsnaam"), rs.getString("ministerie"), rs.getInt("jaar")));
                }
                if (alIngeleverdIn != null) {
                    bevindingen.add(alIngeleverd(rs.getString("ministerie"), rs.getInt("jaar"), alIngeleverdIn,
                            rs.getString("al_ingeleverd_formulier"), rs.getString("al_ingeleverd_reden"),
                            rs.getString("al_ingeleverd_waarde")));
                }
                bevindingen.addAll(gevonden.van(versieId));
                Integer inGebruik = (Integer) rs.getObject("in_gebruik_versie");
                if (geaccepteerd && inGebruik != null && inGebruik == versie) {
                    bevindingen.addAll(achtergehouden.getOrDefault(versieId, List.of()));
                    bevindingen.sort(Comparator.comparingLong(Bevinding::regel)); // stable: file-level first, then by line
                }
                Timestamp inGebruikOntvangen = rs.getTimestamp("in_gebruik_ontvangen_op");
                Terugmelding report = new Terugmelding(
                        rs.getString("ministerie"), rs.getInt("jaar"), rs.getString("bestandsnaam"), versie,
                        rs.getString("sha256"), rs.getString("formulier"), geaccepteerd,
                        rs.getLong("gegevensregels"), rs.getLong("geladen_regels"), rs.getString("dialect"),
                        inGebruikZin(versie, geaccepteerd, inGebruik, inGebruikOntvangen),
                        bevindingen);
                schrijvers.schrijf(outputRoot, report, bezet, stempel, code);
                aantal[0]++;
            });
            aantal[0] += schrijfVerdwenen(outputRoot, bezet, stempel, code, schrijvers);
        } catch (DataAccessException e) {
            throw new WarehouseException("cannot read the ledger for feedback", e);
        }
        return aantal[0];
    }

    /**
     * Writes feedback pages side by side ({@link ParallelTasks}): the name of each is taken at once, in file order
     * ({@link TerugmeldingWriter#reserveer}), the writing happens on the pool. {@link #wacht} waits for all and passes
     * the first failure on; closing stops what is left.
     */
    private final class Schrijvers implements AutoCloseable {

        private final ParallelTasks<Void> parallel = new ParallelTasks<>("terugmelding");

        void schrijf(Path outputRoot, Terugmelding report, Set<String> bezet, String stempel, String code) {
            TerugmeldingWriter.Plek plek = writer.reserveer(outputRoot, report, bezet);
            onthoud(outputRoot, report, plek.csv());
            parallel.submit(() -> {
                // the checksum of a report with thousands of findings is work too: on the pool, not on the reading thread
                writer.write(plek, report, stempel, vingerafdruk(code, report));
                return null;
            });
        }

        void wacht() {
            try {
                parallel.awaitAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write feedback", e);
            }
        }

        @Override
        public void close() {
            parallel.close();
        }
    }

    /** What the pages of {@code report} depend on, as a checksum; {@code null} when {@code code} is. */
    static String vingerafdruk(String code, Terugmelding report) {
        if (code == null) {
            return null;
        }
        // a record's text holds every field, the findings included
        return Vingerafdruk.nieuw().tekst(code + "\n" + report).hex();
    }

    /** The feedback pages written by the last {@link #schrijf}, relative to the output root, per file. */
    public Map<String, String> paginas() {
        return Map.copyOf(paginas);
    }

    /** The key of a file in {@link #paginas()}. */
    public static String sleutel(String ministerie, int jaar, String bestandsnaam) {
        return ministerie + "\u0000" + jaar + "\u0000" + bestandsnaam;
    }

    private void onthoud(Path outputRoot, Terugmelding report, Path csv) {
        String html = outputRoot.relativize(csv).toString().replace('\\', '/').replaceAll("\\.csv$", ".html");
        paginas.put(sleutel(report.ministerie(), report.jaar(), report.bestandsnaam()), html);
    }

    /** Feedback for the files no longer in the drop folder: their last version's findings, and that they do not count. */
    private int schrijfVerdwenen(Path outputRoot, Set<String> bezet, String stempel, String code, Schrijvers schrijvers) {
        int[] aantal = {0};
        warehouse.jdbc().sql(queries.get("terugmelding_verdwenen")).query(rs -> {
            List<Bevinding> bevindingen = new ArrayList<>();
            bevindingen.add(Bevinding.bestand(Ernst.FOUT, BevindingCode.BESTAND_NIET_MEER_AANWEZIG,
                    "Dit bestand is niet meer aanwezig in de inlevermap; het telt niet mee. Hieronder staan de "
                            + "bevindingen van de laatste versie die ontvangen is."));
            bevindingen.addAll(register.bevindingen(rs.getLong("versie_id")));
            Terugmelding report = new Terugmelding(rs.getString("ministerie"), rs.getInt("jaar"),
                    rs.getString("bestandsnaam"), rs.getInt("versie"), rs.getString("sha256"), rs.getString("formulier"),
                    false, rs.getLong("gegevensregels"), 0, rs.getString("dialect"), null, bevindingen);
            schrijvers.schrijf(outputRoot, report, bezet, stempel, code);
            aantal[0]++;
        });
        return aantal[0];
    }

    /**
     * The fout of a file that gives way to an earlier file of the same form, ministry and year (one form, one file:
     * docs/contract.md section 2), saying which file, why they do not complement each other, and what to do.
     */
    static Bevinding alIngeleverd(String ministerie, int jaar, String eerder, String formulier, String reden, String waarde) {
        String waarom = switch (reden == null ? "" : reden) {
            case "onderdeel" -> " en het onderdeel '" + waarde + "' staat in beide bestanden";
            case "volgnummer" -> " en de melding met volgnummer '" + waarde + "' staat in beide bestanden";
            case "zonder_volgnummer" -> " en beide bestanden hebben meldingen van het onderdeel '" + waarde
                    + "' terwijl niet elke melding een volgnummer heeft, zodat niet te zien is dat het andere meldingen zijn";
            default -> "";
        };
        String advies = "incidenten".equals(formulier)
                ? "haal een van beide weg, of lever aanvullende bestanden met elk een eigen volgnummer per melding of met elk eigen onderdelen"
                : "haal een van beide weg, of zet elk onderdeel in maar één bestand";
        return Bevinding.bestand(Ernst.FOUT, BevindingCode.FORMULIER_AL_INGELEVERD, "Dit formulier (" + formulier + ") is voor "
                + ministerie + " " + jaar + " al ingeleverd in '" + eerder + "'" + waarom + ", dus telt dit bestand niet mee; "
                + advies + ".");
    }

    /**
     * Warnings for the lines of a version in force that the ministry marked publiceerbaar but that disclosure
     * control withholds from the public overview of incidents (contract 8, free text).
     */
    private Map<Long, List<Bevinding>> achtergehouden() {
        return perVersie("terugmelding_achtergehouden", rs -> {
            long regel = rs.getLong("regel");
            String blad = rs.getString("blad"); // the sheet of a workbook, null for a CSV file
            Bevinding waarschuwing = Bevinding.waarschuwing(regel, "publiceerbaar", "ja", BevindingCode.OVERZICHT_ACHTERGEHOUDEN,
                    (blad == null ? "Regel " + regel : XlsxSchrijver.bladRef(blad) + ", rij " + regel)
                    + ": deze melding komt niet in het openbare overzicht van incidenten. Het aantal meldingen van"
                    + " uw ministerie in de categorie '" + rs.getString("categorie") + "' is zo klein dat het"
                    + " wordt afgeschermd (of is afgeschermd om zo'n klein aantal te beschermen), en de tekst zou"
                    + " het alsnog verraden. De melding telt wel mee in de tabellen.");
            return blad == null ? waarschuwing : waarschuwing.opBlad(blad, waarschuwing.melding());
        });
    }

    /** A finding made from the current row of a query's result. */
    private interface UitRij {
        Bevinding van(ResultSet rs) throws SQLException;
    }

    /** The findings that query {@code naam} (with a {@code versie_id} column) gives, per version, in result order. */
    private Map<Long, List<Bevinding>> perVersie(String naam, UitRij bevinding) {
        Map<Long, List<Bevinding>> perVersie = new HashMap<>();
        warehouse.jdbc().sql(queries.get(naam)).query(rs -> {
            perVersie.computeIfAbsent(rs.getLong("versie_id"), v -> new ArrayList<>()).add(bevinding.van(rs));
        });
        return perVersie;
    }

    /** Writes the list of what in the drop folder was not processed, with the reasons. */
    public void schrijfGenegeerd(Path outputRoot, List<GenegeerdPad> genegeerd) {
        writer.writeGenegeerd(outputRoot, genegeerd.stream().map(g -> Map.entry(g.pad(), g.reden())).toList());
    }

    /** The sentence saying which version is in force, or {@code null} when none is. */
    static String inGebruikZin(int versie, boolean geaccepteerd, Integer inGebruik, Timestamp ontvangen) {
        String wanneer = ontvangen == null ? "" : " (ontvangen op " + DATUM.format(ontvangen.toLocalDateTime()) + ")";
        if (inGebruik != null && inGebruik == versie) {
            return "Deze versie (versie " + versie + ") is in gebruik voor de rapportage.";
        }
        if (inGebruik != null) {
            return "Deze versie (versie " + versie + ") is " + (geaccepteerd ? "niet" : "afgekeurd en niet")
                    + " in gebruik; versie " + inGebruik + wanneer + " van dit bestand blijft in gebruik.";
        }
        // no version in force: the writer's own explanation says the file does not count
        return null;
    }
}
