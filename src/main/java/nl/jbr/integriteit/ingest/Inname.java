package nl.jbr.integriteit.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.feedback.Ernst;
import nl.jbr.integriteit.feedback.Finding;
import nl.jbr.integriteit.feedback.FindingCode;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

/**
 * Ingestion of the drop folder: scan, checksum, archive every new version, validate it, and record it in
 * the ledger with its findings and (when accepted) its rows, one transaction per version. An unchanged
 * file (same name, same checksum) is not processed again. Ends by recording what the folder holds now.
 */
public final class Inname {

    private static final Logger log = LoggerFactory.getLogger(Inname.class);

    private final DropFolderScanner scanner;
    private final Archief archief;
    private final FormulierValidator validator;
    private final Ontvangstregister register;
    private final Warehouse warehouse;

    public Inname(DropFolderScanner scanner, Archief archief, FormulierValidator validator, Ontvangstregister register,
                  Warehouse warehouse) {
        this.scanner = scanner;
        this.archief = archief;
        this.validator = validator;
        this.register = register;
        this.warehouse = warehouse;
    }

    public InnameSamenvatting verwerk(Path input, long runId) {
        DropFolderScanner.Resultaat scan = scanner.scan(input);
        scan.genegeerd().forEach(g -> log.warn("Ignored {}: {}", g.pad(), g.reden()));
        log.info("Drop folder {}: {} files to check", input, scan.bestanden().size());

        List<Ontvangstregister.ScanRegel> aanwezig = new ArrayList<>();
        Map<String, Ontvangstregister.VorigeScan> vorigeScan = register.vorigeScan();
        Map<String, String> inhoudPerMap = new HashMap<>(); // ministerie/jaar/sha -> first file name with it
        int nieuw = 0, ongewijzigd = 0, geaccepteerd = 0, afgekeurd = 0;
        long geladen = 0;
        int teller = 0;
        for (AangeleverdBestand bestand : scan.bestanden()) {
            teller++;
            Kenmerken kenmerken = kenmerken(bestand.pad());
            Ontvangstregister.VorigeScan vorig = vorigeScan.get(bestand.weergave());
            // an untouched file (same size and modification time as at the last scan) is not read again
            boolean onaangeroerd = vorig != null && vorig.grootte() == kenmerken.grootte()
                    && vorig.gewijzigdOp() == kenmerken.gewijzigdOp();
            String sha = onaangeroerd ? vorig.sha256() : Archief.sha256(bestand.pad());
            String dubbelVan = inhoudPerMap.putIfAbsent(bestand.ministerie() + "/" + bestand.jaar() + "/" + sha, bestand.bestandsnaam());
            Optional<Ontvangstregister.Versie> bekend = onaangeroerd ? Optional.of(vorig.versie()) : register.zoek(bestand, sha);
            Ontvangstregister.Versie versie;
            if (bekend.isPresent()) {
                versie = bekend.get();
                ongewijzigd++;
                log.debug("[{}/{}] {} unchanged (version {})", teller, scan.bestanden().size(), bestand.weergave(), versie.versie());
            } else {
                Optional<Verwerkt> verwerkt = verwerkNieuw(bestand, sha, dubbelVan, runId);
                if (verwerkt.isEmpty()) {
                    continue; // changed while being read: the next run takes it
                }
                versie = verwerkt.get().versie();
                nieuw++;
                geladen += verwerkt.get().geladen();
                log.info("[{}/{}] {} version {}: {} ({} rows, {})", teller, scan.bestanden().size(), bestand.weergave(),
                        versie.versie(), versie.status(), verwerkt.get().geladen(),
                        versie.formulier() == null ? "form not recognised" : versie.formulier());
            }
            if (versie.geaccepteerd()) {
                geaccepteerd++;
            } else {
                afgekeurd++;
            }
            aanwezig.add(new Ontvangstregister.ScanRegel(bestand.ministerie(), bestand.jaar(), bestand.bestandsnaam(),
                    versie.versieId(), kenmerken.grootte(), kenmerken.gewijzigdOp()));
        }
        register.vervangScan(aanwezig);
        InnameSamenvatting samenvatting = new InnameSamenvatting(scan.bestanden().size(), nieuw, ongewijzigd,
                geaccepteerd, afgekeurd, geladen, scan.genegeerd());
        log.info("Ingestion: {}", samenvatting);
        return samenvatting;
    }

    private record Kenmerken(long grootte, long gewijzigdOp) {
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

    private Optional<Verwerkt> verwerkNieuw(AangeleverdBestand bestand, String sha, String dubbelVan, long runId) {
        if (!archief.bewaar(bestand.pad(), sha)) {
            log.warn("{} changed while it was being read; it is taken at the next run", bestand.weergave());
            return Optional.empty();
        }
        Path kopie = archief.pad(sha);
        long grootte = grootte(kopie);
        Connection c = warehouse.connection();
        try {
            c.setAutoCommit(false);
            long versieId = register.nieuwVersieId();
            ValidatieResultaat resultaat;
            long geladen;
            if (dubbelVan != null) {
                resultaat = dubbel(dubbelVan);
                geladen = 0;
            } else {
                try (WarehouseLader lader = new WarehouseLader(c.unwrap(DuckDBConnection.class), versieId)) {
                    resultaat = validator.valideer(kopie, bestand.ministerie(), bestand.jaar(), lader);
                    lader.close();
                    geladen = resultaat.geaccepteerd() ? lader.geladen() : 0;
                }
                if (!resultaat.geaccepteerd()) {
                    c.rollback(); // discard the rows appended before the first fout
                    versieId = register.nieuwVersieId(); // the rolled-back transaction may have returned its id
                }
            }
            Ontvangstregister.Versie versie = register.vastleggen(versieId, new Ontvangstregister.NieuweVersie(
                    bestand, sha, grootte, archief.relatiefPad(sha), resultaat, geladen, runId));
            c.commit();
            return Optional.of(new Verwerkt(versie, geladen));
        } catch (SQLException e) {
            Ontvangstregister.rollback(c);
            throw new WarehouseException("cannot record " + bestand.weergave(), e);
        } catch (RuntimeException e) {
            Ontvangstregister.rollback(c);
            throw e;
        } finally {
            Ontvangstregister.autoCommit(c);
        }
    }

    private static ValidatieResultaat dubbel(String origineel) {
        Finding f = Finding.bestand(Ernst.FOUT, FindingCode.BESTAND_DUBBEL, "Dit bestand is precies gelijk aan '"
                + origineel + "' in dezelfde map. Het telt daarom niet nog eens mee; verwijder een van beide.");
        return new ValidatieResultaat(null, null, 0, 1, 0, List.of(f));
    }

    private static long grootte(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
