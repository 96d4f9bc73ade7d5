package nl.jbr.integriteit.vingerafdruk;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import nl.jbr.integriteit.uitvoer.Uitvoermappen;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * Whether anything changed since the last completed publication. The fingerprint covers every present
 * file's version, the SQL models, table definitions and templates, the schemas, the application itself
 * (size and time of its class path entries) and the year option. When it is unchanged and the published
 * years are all there, computing and publishing are skipped: the output is already what they would write.
 */
public final class Publicatiestand {

    private final Warehouse warehouse;
    private final SqlQueries queries;
    private final String jobsLocation;
    private final String schemasLocation;
    private final String instellingen;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    /**
     * {@code instellingen}: the settings besides the threshold that change what is published (whether a year has its
     * chapter), so that changing one republishes every year.
     */
    public Publicatiestand(Warehouse warehouse, SqlQueries queries, String jobsLocation, String schemasLocation,
            String instellingen) {
        this.warehouse = warehouse;
        this.queries = queries;
        this.jobsLocation = met(jobsLocation);
        this.schemasLocation = met(schemasLocation);
        this.instellingen = instellingen;
    }

    /** One present file of the scan, as the fingerprints see it. */
    private record Invoer(int jaar, String regel) {
    }

    /** Every present file with its version ({@code publicatie_invoer}), in scan order. */
    private List<Invoer> invoer() {
        return warehouse.jdbc().sql(queries.get("publicatie_invoer")).query((rs, i) -> new Invoer(rs.getInt(2),
                "bestand|" + rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getLong(4))).list();
    }

    /** The fingerprint of what a publication now would be made from (with the disclosure threshold). */
    public String vingerafdruk(Long alleenJaar, int drempel) {
        Vingerafdruk afdruk = Vingerafdruk.nieuw();
        TreeSet<Integer> jaren = new TreeSet<>();
        for (Invoer bestand : invoer()) {
            jaren.add(bestand.jaar());
            afdruk.regel(bestand.regel());
        }
        vaststellingen().forEach(v -> afdruk.regel(v));
        afdruk.regel("jaar|" + alleenJaar);
        afdruk.regel("basis|" + codeVingerafdruk(drempel));
        return afdruk.hex() + ":" + jaren;
    }

    /**
     * Per year present, the fingerprint of what its publication is made from: the present files of that year and of
     * every earlier year (its {@code _vorig_jaar} columns and trends show them), which years there are (the page links
     * them), and everything the publication code depends on. A file changed in the latest year leaves the earlier
     * years' fingerprints as they are. The scan is read once for all years; {@code code} is
     * {@link #codeVingerafdruk}, hashed once by the caller, which the feedback uses too.
     */
    public Map<Integer, String> jaarVingerafdrukken(String code) {
        List<Invoer> bestanden = invoer();
        TreeSet<Integer> jaren = new TreeSet<>();
        bestanden.forEach(bestand -> jaren.add(bestand.jaar()));
        Map<Integer, String> perJaar = new TreeMap<>();
        List<String> vaststellingen = vaststellingen();
        for (int jaar : jaren) {
            Vingerafdruk afdruk = Vingerafdruk.nieuw();
            afdruk.regel("basis|" + code);
            // a year vastgesteld or revised: its figures, shown in later years, are those of its files then
            for (String v : vaststellingen) {
                if (Integer.parseInt(v.split("\\|")[1]) <= jaar) {
                    afdruk.regel(v);
                }
            }
            for (Invoer bestand : bestanden) {
                if (bestand.jaar() <= jaar) {
                    afdruk.regel(bestand.regel());
                }
            }
            afdruk.regel("jaren|" + jaren); // the year pages link the other years
            perJaar.put(jaar, afdruk.hex());
        }
        return perJaar;
    }

    /** The latest vaststelling of every year, one line each ({@code vaststelling|<jaar>|<versie>}). */
    private List<String> vaststellingen() {
        return warehouse.jdbc().sql(queries.get("vaststelling_stand")).query((rs, i) -> "vaststelling|" + rs.getInt(1) + "|"
                + rs.getInt(2)).list();
    }

    /** True when {@code jaar} was last published from this fingerprint and its publication is still there. */
    public boolean jaarOngewijzigd(int jaar, String vingerafdruk, Uitvoermappen uitvoer) {
        List<String> vorige = warehouse.jdbc().sql(queries.get("publicatie_jaar_stand_lezen")).param(jaar)
                .query(String.class).list();
        return !vorige.isEmpty() && vingerafdruk.equals(vorige.get(0))
                && Files.isRegularFile(uitvoer.jaar(jaar).resolve("manifest.json"));
    }

    /** Records that {@code jaar} was published from this fingerprint. */
    public void jaarVastleggen(int jaar, String vingerafdruk, long runId) {
        warehouse.jdbc().sql(queries.get("publicatie_jaar_stand_vastleggen")).params(jaar, vingerafdruk, runId).update();
    }

    /**
     * What every publication and every feedback page depends on besides the files: models, templates, schemas, the
     * application, the threshold and the other settings that change what is published.
     */
    public String codeVingerafdruk(int drempel) {
        Vingerafdruk afdruk = Vingerafdruk.nieuw();
        afdruk.regel("drempel|" + drempel);
        afdruk.regel("instellingen|" + instellingen);
        hashResources(afdruk, jobsLocation);
        hashResources(afdruk, schemasLocation);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            File f = new File(entry);
            afdruk.regel("code|" + entry + "|" + f.length() + "|" + f.lastModified());
        }
        return afdruk.hex();
    }

    /** True when the last completed publication had this fingerprint and its years and feedback are still there. */
    public boolean ongewijzigd(String vingerafdruk, Uitvoermappen uitvoer) {
        List<String> vorige = warehouse.jdbc().sql(queries.get("publicatie_stand_lezen")).query(String.class).list();
        if (vorige.isEmpty() || !vingerafdruk.equals(vorige.get(0)) || !Files.isDirectory(uitvoer.terugmelding())
                || !Files.isRegularFile(uitvoer.beheer().resolve("index.html"))) {
            return false;
        }
        String jaren = vingerafdruk.substring(vingerafdruk.indexOf(':') + 2, vingerafdruk.length() - 1);
        return jaren.isEmpty() || Arrays.stream(jaren.split(", "))
                .allMatch(jaar -> Files.isRegularFile(uitvoer.jaar(Integer.parseInt(jaar)).resolve("manifest.json")));
    }

    /** Records a completed publication. */
    public void vastleggen(String vingerafdruk, long runId) {
        warehouse.inTransactie("record the publication state", c -> {
            warehouse.jdbc().sql(queries.get("publicatie_stand_leegmaken")).update();
            warehouse.jdbc().sql(queries.get("publicatie_stand_vastleggen"))
                    .params(vingerafdruk, runId, Timestamp.valueOf(LocalDateTime.now())).update();
        });
    }

    private void hashResources(Vingerafdruk afdruk, String location) {
        try {
            Resource[] resources = resolver.getResources(location + "**/*");
            Arrays.sort(resources, Comparator.comparing(Publicatiestand::naam));
            for (Resource r : resources) {
                if (r.isReadable() && !naam(r).endsWith("/")) {
                    afdruk.regel("bron|" + naam(r) + "|");
                    afdruk.bytes(r.getContentAsByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
    }

    private static String naam(Resource r) {
        try {
            return r.getURL().toString();
        } catch (IOException e) {
            return String.valueOf(r.getFilename());
        }
    }

    private static String met(String location) {
        return location.endsWith("/") ? location : location + "/";
    }
}
