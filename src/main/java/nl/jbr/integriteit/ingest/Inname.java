package nl.jbr.integriteit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Ingestion of the drop folder: scan, checksum, archive every new version, validate it, and record it in
 * the ledger with its findings and (when accepted) its rows, one transaction per version. An unchanged
 * file (same name, same checksum) is not processed again. A file that cannot be read consistently in this run
 * (changed, removed or unreadable since the scan) keeps its last recorded version, so the version in force stays
 * in force (contract 6.2); a file never recorded before waits for the next run. With a quiet period (the runs of
 * {@code serve}: {@code jbr.serve.rustperiode}) a new or changed file is only taken when it has stood still for that
 * long: its size, modification time and checksum at the end of the period are those at the start; a file still
 * being copied waits for the next run in the same way. Ends by recording what the folder holds now.
 *
 * <p>Each new file is processed behind a bulkhead: any failure while it is read, checked or loaded (a runtime
 * exception, an SQL error from loading its rows, a stack overflow or running out of memory) rolls back its transaction
 * and records the version as rejected with one fout ({@code BESTAND_ONVERWERKBAAR}), so its previous accepted version
 * stays in force and the other files and years go on as if it was not there. Only a fault of the machine
 * ({@link nl.jbr.integriteit.bevinding.Machinefout}: full disk, unwritable or damaged data directory, a stop) fails the run.
 *
 * <p>The roles of a Spring Batch chunk step are all here, per file: the <em>reader</em> is
 * {@code csv/SpreadsheetCsvReader} (one {@code CsvRow} at a time, streaming), the <em>processor</em> is
 * {@link FormulierValidator} with {@code Rijcontrole} (check and normalise a row, collect its findings), the
 * <em>writer</em> is {@link WarehouseLader} (the DuckDB appender). It is a tasklet, not a chunk step, because a file
 * is accepted or rejected whole (contract 6.2): a chunk commit per N rows would make half a file visible, and the
 * version, its findings and its rows must be one transaction that a later fout rolls back.
 */
public final class Inname {

    private static final Logger log = LoggerFactory.getLogger(Inname.class);

    private final DropFolderScanner scanner;
    private final Archief archief;
    private final FormulierValidator validator;
    private final Ontvangstregister register;
    private final Warehouse warehouse;
    private final int threads;
    /** The raw tables' columns, read once per ingestion by the loaders of all its files. */
    private final WarehouseLader.Kolommen kolommen = new WarehouseLader.Kolommen();

    public Inname(DropFolderScanner scanner, Archief archief, FormulierValidator validator, Ontvangstregister register,
                  Warehouse warehouse, int threads) {
        this.threads = Math.max(1, threads);
        this.scanner = scanner;
        this.archief = archief;
        this.validator = validator;
        this.register = register;
        this.warehouse = warehouse;
    }

    /** The archive this ingestion files every version in. */
    public Archief archief() {
        return archief;
    }

    public InnameSamenvatting verwerk(Path input, long runId) {
        return verwerk(input, runId, Duration.ZERO);
    }

    /** As {@link #verwerk(Path, long)}, taking a new or changed file only when it stood still for {@code rustperiode}. */
    public InnameSamenvatting verwerk(Path input, long runId, Duration rustperiode) {
        kolommen.vergeet();
        DropFolderScanner.Resultaat scan = scanner.scan(input);
        scan.genegeerd().forEach(g -> log.warn("Genegeerd {}: {}", g.pad(), g.reden()));
        log.info("Inlevermap {}: {} bestanden te controleren", input, scan.bestanden().size());

        List<Ontvangstregister.ScanRegel> aanwezig = new ArrayList<>();
        Map<String, Ontvangstregister.VorigeScan> vorigeScan = register.vorigeScan();
        int nieuw = 0, ongewijzigd = 0;
        long geladen = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "inname-" + scan.bestanden().size());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Plan> plannen = plannen(scan.bestanden(), vorigeScan, pool, rustperiode);

            // 2. the new versions, validated and recorded in parallel, each in its own transaction and on its own merits:
            // which of them counts when two files hold the same content is decided in SQL (stg_bestand_kandidaat)
            List<Future<Optional<Verwerkt>>> uitkomsten = new ArrayList<>(Collections.nCopies(plannen.size(), null));
            for (int i : verwerkingsvolgorde(plannen)) { // the results are still taken in scan order below
                Plan plan = plannen.get(i);
                if (plan.bekend() == null && plan.sha256() != null) {
                    uitkomsten.set(i, pool.submit(() -> verwerkNieuw(plan.bestand(), plan.sha256(), runId)));
                }
            }

            // 3. in scan order again: counts, progress, and what the folder holds now
            for (int i = 0; i < plannen.size(); i++) {
                Plan plan = plannen.get(i);
                AangeleverdBestand bestand = plan.bestand();
                Ontvangstregister.Versie versie;
                Kenmerken kenmerken = plan.kenmerken();
                if (plan.bekend() != null) {
                    versie = plan.bekend();
                    ongewijzigd++;
                    log.debug("[{}/{}] {} unchanged (version {})", i + 1, plannen.size(), bestand.weergave(), versie.versie());
                } else {
                    Optional<Verwerkt> verwerkt = plan.sha256() == null ? Optional.empty() : wachtOp(uitkomsten.get(i));
                    if (verwerkt.isPresent()) {
                        versie = verwerkt.get().versie();
                        nieuw++;
                        geladen += verwerkt.get().geladen();
                        log.info("[{}/{}] {} versie {}: {} ({} regels, {})", i + 1, plannen.size(), bestand.weergave(),
                                versie.versie(), versie.status(), verwerkt.get().geladen(),
                                versie.formulier() == null ? "form not recognised" : versie.formulier());
                    } else {
                        // unreadable, or changed while being read: the next run takes it; until then its last
                        // version stays, recorded with unknown attributes so that the next run reads the file again
                        Optional<Ontvangstregister.Versie> laatste = register.laatste(bestand);
                        if (laatste.isEmpty()) {
                            continue;
                        }
                        versie = laatste.get();
                        kenmerken = ONBEKEND;
                        ongewijzigd++;
                    }
                }
                aanwezig.add(new Ontvangstregister.ScanRegel(bestand.ministerie(), bestand.jaar(), bestand.bestandsnaam(),
                        versie.versieId(), kenmerken.grootte(), kenmerken.gewijzigdOp()));
            }
        } finally {
            pool.shutdownNow();
        }
        register.vervangScan(aanwezig);
        InnameSamenvatting samenvatting = new InnameSamenvatting(scan.bestanden().size(), nieuw, ongewijzigd, geladen,
                scan.genegeerd());
        log.info("Inname: {}", samenvatting);
        return samenvatting;
    }

    /**
     * Step 1, in scan order: which files are known versions and which are new, with their checksum. A file untouched
     * since the last scan (same size and modification time) is not read again; the others are read on the pool, side
     * by side (hashing a large drop folder is seconds of work), and taken in scan order when all are read.
     */
    private List<Plan> plannen(List<AangeleverdBestand> bestanden, Map<String, Ontvangstregister.VorigeScan> vorigeScan,
                               ExecutorService pool, Duration rustperiode) {
        long eersteBlik = System.nanoTime();
        List<Gelezen> gelezen = new ArrayList<>();
        for (AangeleverdBestand bestand : bestanden) {
            Ontvangstregister.VorigeScan vorig = vorigeScan.get(bestand.weergave());
            try {
                Kenmerken kenmerken = kenmerken(bestand.pad());
                boolean onaangeroerd = vorig != null && vorig.grootte() == kenmerken.grootte()
                        && vorig.gewijzigdOp() == kenmerken.gewijzigdOp();
                gelezen.add(new Gelezen(kenmerken, onaangeroerd ? vorig : null, onaangeroerd
                        ? CompletableFuture.completedFuture(vorig.sha256())
                        : pool.submit(() -> Archief.sha256Inlevering(bestand.pad()))));
            } catch (UncheckedIOException e) {
                gelezen.add(new Gelezen(null, null, CompletableFuture.failedFuture(e)));
            }
        }
        Map<Integer, Future<Blik>> tweedeBlik = rustperiode.isZero() ? Map.of()
                : tweedeBlik(bestanden, gelezen, eersteBlik, rustperiode, pool);
        List<Plan> plannen = new ArrayList<>();
        Map<String, Ontvangstregister.Versie> bekend = null;
        for (int i = 0; i < bestanden.size(); i++) {
            AangeleverdBestand bestand = bestanden.get(i);
            Gelezen g = gelezen.get(i);
            String sha;
            try {
                sha = wachtOp(g.sha256());
            } catch (UncheckedIOException e) {
                // gone or unreadable since the scan: not this file's fault, and not a reason to stop the run
                log.warn("{} is nu niet leesbaar ({}); de volgende run neemt het mee", bestand.weergave(),
                        String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
                plannen.add(new Plan(bestand, ONBEKEND, null, null));
                continue;
            }
            if (tweedeBlik.containsKey(i) && !stilGestaan(g, sha, tweedeBlik.get(i))) {
                log.info("{} veranderde nog in de laatste {} ms (wordt het nog gekopieerd?); de volgende run neemt het mee",
                        bestand.weergave(), rustperiode.toMillis());
                plannen.add(new Plan(bestand, ONBEKEND, null, null));
                continue;
            }
            if (g.onaangeroerd() == null && bekend == null) {
                bekend = register.bekendeVersies(); // once, and only when a file changed since the last scan
            }
            Ontvangstregister.Versie versie = g.onaangeroerd() != null ? g.onaangeroerd().versie()
                    : bekend.get(Ontvangstregister.sleutel(bestand.ministerie(), bestand.jaar(), bestand.bestandsnaam(), sha));
            plannen.add(new Plan(bestand, g.kenmerken(), sha, versie));
        }
        return plannen;
    }

    /** A file's attributes and checksum at one moment. */
    private record Blik(Kenmerken kenmerken, String sha256) {
    }

    /**
     * The quiet period: once it has passed since the first look at the drop folder, every new or changed file is
     * looked at again (attributes and checksum, on the pool); by index in {@code bestanden}.
     */
    private static Map<Integer, Future<Blik>> tweedeBlik(List<AangeleverdBestand> bestanden, List<Gelezen> gelezen,
                                                         long eersteBlik, Duration rustperiode, ExecutorService pool) {
        Map<Integer, Future<Blik>> tweede = new HashMap<>();
        for (int i = 0; i < bestanden.size(); i++) {
            Gelezen g = gelezen.get(i);
            if (g.kenmerken() != null && g.onaangeroerd() == null) {
                tweede.put(i, null);
            }
        }
        if (tweede.isEmpty()) {
            return tweede;
        }
        long wacht = eersteBlik + rustperiode.toNanos() - System.nanoTime();
        if (wacht > 0) {
            try {
                Thread.sleep(wacht / 1_000_000, (int) (wacht % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("ingestion interrupted", e);
            }
        }
        for (Integer i : List.copyOf(tweede.keySet())) {
            Path pad = bestanden.get(i).pad();
            tweede.put(i, pool.submit(() -> new Blik(kenmerken(pad), Archief.sha256Inlevering(pad))));
        }
        return tweede;
    }

    /** Whether the second look saw what the first saw: the same size, modification time and checksum. */
    private static boolean stilGestaan(Gelezen eerste, String sha256, Future<Blik> tweede) {
        try {
            Blik b = wachtOp(tweede);
            return b.kenmerken().equals(eerste.kenmerken()) && b.sha256().equals(sha256);
        } catch (UncheckedIOException e) {
            return false; // gone or unreadable since: not still
        }
    }

    /** A present file's attributes, its last scan when it is untouched since (else null), and its checksum. */
    private record Gelezen(Kenmerken kenmerken, Ontvangstregister.VorigeScan onaangeroerd, Future<String> sha256) {
    }

    private record Kenmerken(long grootte, long gewijzigdOp) {
    }

    /** Attributes no file has: a file recorded with them is read again at the next run. */
    private static final Kenmerken ONBEKEND = new Kenmerken(-1, Long.MIN_VALUE);

    /** Files under this size (staff numbers, kengetallen: a few rows each) are taken first. */
    private static final long KLEIN = 64 * 1024;

    /**
     * The indexes of {@code plannen} in the order the pool takes them: the small files first, smallest first, then the
     * others largest first (ties in scan order). Largest first: the pool ends with small files, so its threads finish
     * close together instead of one reading the largest file alone at the end. The small files before them cost
     * almost nothing, and the run is then shorter: 14 alternating pairs of full runs of 1,000,000 rows, 13 of them
     * shorter, by 0.6 s on average, than with the small files last. One profiled pair showed fewer deoptimisations
     * (328 against 363) and less C2 compile time (11.4 against 11.9 s); our reading is that every form has then been
     * seen before the JIT compiles the row check for the large files.
     */
    private static List<Integer> verwerkingsvolgorde(List<Plan> plannen) {
        return IntStream.range(0, plannen.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> {
                    Kenmerken k = plannen.get(i).kenmerken();
                    long grootte = k == null ? 0 : Math.max(0, k.grootte());
                    return grootte < KLEIN ? Long.MIN_VALUE + grootte : -grootte;
                }))
                .toList();
    }

    /** One present file: its attributes, checksum (null: unreadable now), and its known version (or null: new). */
    private record Plan(AangeleverdBestand bestand, Kenmerken kenmerken, String sha256, Ontvangstregister.Versie bekend) {
    }

    private static <T> T wachtOp(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingestion interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Kenmerken kenmerken(Path bestand) {
        try {
            var attributen = Files.readAttributes(bestand, java.nio.file.attribute.BasicFileAttributes.class,
                    java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return new Kenmerken(attributen.size(), attributen.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + bestand, e);
        }
    }

    private record Verwerkt(Ontvangstregister.Versie versie, long geladen) {
    }

    /**
     * Archives and records a new version, validated against its form.
     */
    private Optional<Verwerkt> verwerkNieuw(AangeleverdBestand bestand, String sha, long runId) {
        Archief.Bewaring bewaring = archief.bewaarInlevering(bestand, sha);
        if (bewaring == Archief.Bewaring.TE_GROOT) {
            return teGroot(bestand, sha, runId);
        }
        if (bewaring != Archief.Bewaring.BEWAARD) {
            if (!archief.beschadigd().containsKey(sha)) {
                log.warn("{} veranderde tijdens het lezen; de volgende run neemt het mee", bestand.weergave());
            }
            return Optional.empty();
        }
        Path kopie = archief.pad(sha);
        long grootte = grootte(kopie);
        Set<String> herkend = new HashSet<>(); // the forms the file was recognised as, before it failed
        try {
            return vastleggen(bestand, sha, null, runId, kopie, grootte, herkend);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // the bulkhead of one file: what goes wrong while it is read, checked or loaded is this file's fout, and the
            // run goes on with the others; a fault of the machine (full disk, damaged warehouse, a stop) is not
            if (!OnverwerkbaarBestand.vanHetBestand(e)) {
                throw OnverwerkbaarBestand.doorgeven(e);
            }
            log.error("{} kon niet worden verwerkt en wordt afgekeurd; de andere bestanden gaan door", bestand.weergave(), e);
            return vastleggen(bestand, sha, OnverwerkbaarBestand.resultaat(validator.formulierVan(herkend)), runId, kopie, grootte,
                    new HashSet<>());
        }
    }

    /** Records a new version in a transaction of its own connection (see {@link #verwerkNieuw}). */
    private Optional<Verwerkt> vastleggen(AangeleverdBestand bestand, String sha, ValidatieResultaat afgewezen, long runId,
                                          Path kopie, long grootte, Set<String> herkend) {
        try (Connection c = warehouse.extraVerbinding()) {
            return verwerkNieuw(c, bestand, sha, afgewezen, runId, kopie, grootte, herkend);
        } catch (SQLException e) {
            throw new WarehouseException("cannot open a connection for " + bestand.weergave(), e);
        }
    }

    /**
     * A version above the size limit: recorded as rejected, with its checksum and size, but not archived (and so not
     * validated either). Its archive path is empty.
     */
    private Optional<Verwerkt> teGroot(AangeleverdBestand bestand, String sha, long runId) {
        long grootte;
        try {
            grootte = kenmerken(bestand.pad()).grootte();
        } catch (UncheckedIOException e) {
            return Optional.empty(); // gone since the scan: the next run sees
        }
        log.warn("{} is {} bytes groot, boven de grens van {} bytes; het wordt niet bewaard en niet gelezen", bestand.weergave(),
                grootte, archief.maxBytes());
        Bevinding f = Bevinding.bestand(Ernst.FOUT, BevindingCode.LIMIET_OVERSCHREDEN, "Het bestand is groter dan "
                + archief.maxBytes() + " bytes, het maximum (gelezen: minstens " + grootte + " bytes). Het bestand is niet "
                + "gelezen en niet bewaard; lever een kleiner bestand aan.");
        ValidatieResultaat resultaat = new ValidatieResultaat(null, null, 0, 1, 0, List.of(f));
        try (Connection c = warehouse.extraVerbinding()) {
            c.setAutoCommit(false);
            try {
                long versieId = register.nieuwVersieId(c);
                Ontvangstregister.Versie versie = register.vastleggen(c, versieId, new Ontvangstregister.NieuweVersie(
                        bestand, sha, grootte, "", resultaat, 0, runId));
                c.commit();
                return Optional.of(new Verwerkt(versie, 0));
            } catch (SQLException | RuntimeException e) {
                Ontvangstregister.rollback(c);
                throw e;
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot record " + bestand.weergave(), e);
        }
    }

    private Optional<Verwerkt> verwerkNieuw(Connection c, AangeleverdBestand bestand, String sha, ValidatieResultaat afgewezen,
                                            long runId, Path kopie, long grootte, Set<String> herkend) {
        try {
            c.setAutoCommit(false);
            long versieId = register.nieuwVersieId(c);
            ValidatieResultaat resultaat;
            long geladen;
            if (afgewezen != null) {
                resultaat = afgewezen;
                geladen = 0;
            } else {
                try (WarehouseLader lader = new WarehouseLader(c.unwrap(DuckDBConnection.class), versieId, herkend, kolommen)) {
                    resultaat = validator.valideer(kopie, bestand.ministerie(), bestand.jaar(), lader);
                    lader.close();
                    geladen = resultaat.geaccepteerd() ? lader.geladen() : 0;
                }
                if (!resultaat.geaccepteerd()) {
                    c.rollback(); // discard the rows appended before the first fout
                    versieId = register.nieuwVersieId(c); // the rolled-back transaction may have returned its id
                }
            }
            Ontvangstregister.Versie versie = register.vastleggen(c, versieId, new Ontvangstregister.NieuweVersie(
                    bestand, sha, grootte, archief.relatiefPad(sha), resultaat, geladen, runId));
            c.commit();
            return Optional.of(new Verwerkt(versie, geladen));
        } catch (SQLException e) {
            Ontvangstregister.rollback(c);
            throw new WarehouseException("cannot record " + bestand.weergave(), e);
        } catch (RuntimeException | Error e) { // a stack overflow or out of memory too: nothing of it stays
            Ontvangstregister.rollback(c);
            throw e;
        }
    }

    private static long grootte(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
