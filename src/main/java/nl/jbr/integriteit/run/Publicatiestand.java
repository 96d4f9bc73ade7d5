package nl.jbr.integriteit.run;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;
import nl.jbr.integriteit.warehouse.WarehouseException;

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
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public Publicatiestand(Warehouse warehouse, SqlQueries queries, String jobsLocation, String schemasLocation) {
        this.warehouse = warehouse;
        this.queries = queries;
        this.jobsLocation = met(jobsLocation);
        this.schemasLocation = met(schemasLocation);
    }

    /** The fingerprint of what a publication now would be made from (with the disclosure threshold). */
    public String vingerafdruk(Long alleenJaar, int drempel) {
        MessageDigest digest = sha256();
        TreeSet<Integer> jaren = new TreeSet<>();
        try (PreparedStatement st = warehouse.connection().prepareStatement(queries.get("publicatie_invoer"));
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                jaren.add(rs.getInt(2));
                update(digest, "bestand|" + rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getLong(4));
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the scan", e);
        }
        update(digest, "jaar|" + alleenJaar);
        update(digest, "basis|" + basis(drempel));
        return HexFormat.of().formatHex(digest.digest()) + ":" + jaren;
    }

    /**
     * Per year present, the fingerprint of what its publication is made from: the present files of that year and of
     * every earlier year (its {@code _vorig_jaar} columns and trends show them), which years there are (the page links
     * them), and everything the publication code depends on. A file changed in the latest year leaves the earlier
     * years' fingerprints as they are. The scan is read, and the code hashed, once for all years.
     */
    public Map<Integer, String> jaarVingerafdrukken(int drempel) {
        List<String[]> bestanden = new ArrayList<>();
        TreeSet<Integer> jaren = new TreeSet<>();
        try (PreparedStatement st = warehouse.connection().prepareStatement(queries.get("publicatie_invoer"));
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                jaren.add(rs.getInt(2));
                bestanden.add(new String[] {Integer.toString(rs.getInt(2)),
                        "bestand|" + rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getLong(4)});
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the scan", e);
        }
        String basis = basis(drempel);
        Map<Integer, String> perJaar = new TreeMap<>();
        for (int jaar : jaren) {
            MessageDigest digest = sha256();
            update(digest, "basis|" + basis);
            for (String[] bestand : bestanden) {
                if (Integer.parseInt(bestand[0]) <= jaar) {
                    update(digest, bestand[1]);
                }
            }
            update(digest, "jaren|" + jaren); // the year pages link the other years
            perJaar.put(jaar, HexFormat.of().formatHex(digest.digest()));
        }
        return perJaar;
    }

    /** True when {@code jaar} was last published from this fingerprint and its publication is still there. */
    public boolean jaarOngewijzigd(int jaar, String vingerafdruk, Path output) {
        try (PreparedStatement st = warehouse.connection().prepareStatement(queries.get("publicatie_jaar_stand_lezen"))) {
            st.setInt(1, jaar);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && vingerafdruk.equals(rs.getString(1))
                        && Files.isRegularFile(output.resolve(Integer.toString(jaar)).resolve("manifest.json"));
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the publication state of " + jaar, e);
        }
    }

    /** Records that {@code jaar} was published from this fingerprint. */
    public void jaarVastleggen(int jaar, String vingerafdruk, long runId) {
        try (PreparedStatement st = warehouse.connection().prepareStatement(queries.get("publicatie_jaar_stand_vastleggen"))) {
            st.setInt(1, jaar);
            st.setString(2, vingerafdruk);
            st.setLong(3, runId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new WarehouseException("cannot record the publication state of " + jaar, e);
        }
    }

    /** What every publication depends on besides the files: models, templates, schemas, the application, the threshold. */
    private String basis(int drempel) {
        MessageDigest digest = sha256();
        update(digest, "drempel|" + drempel);
        hashResources(digest, jobsLocation);
        hashResources(digest, schemasLocation);
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            File f = new File(entry);
            update(digest, "code|" + entry + "|" + f.length() + "|" + f.lastModified());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** True when the last completed publication had this fingerprint and its years and feedback are still there. */
    public boolean ongewijzigd(String vingerafdruk, Path output) {
        String vorige = null;
        try (PreparedStatement st = warehouse.connection().prepareStatement(queries.get("publicatie_stand_lezen"));
             ResultSet rs = st.executeQuery()) {
            if (rs.next()) {
                vorige = rs.getString(1);
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read the publication state", e);
        }
        if (!vingerafdruk.equals(vorige) || !Files.isDirectory(output.resolve("feedback"))) {
            return false;
        }
        String jaren = vingerafdruk.substring(vingerafdruk.indexOf(':') + 2, vingerafdruk.length() - 1);
        return jaren.isEmpty() || Arrays.stream(jaren.split(", "))
                .allMatch(jaar -> Files.isRegularFile(output.resolve(jaar).resolve("manifest.json")));
    }

    /** Records a completed publication. */
    public void vastleggen(String vingerafdruk, long runId) {
        Connection c = warehouse.connection();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement leeg = c.prepareStatement(queries.get("publicatie_stand_leegmaken"))) {
                leeg.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(queries.get("publicatie_stand_vastleggen"))) {
                st.setString(1, vingerafdruk);
                st.setLong(2, runId);
                st.setTimestamp(3, Timestamp.valueOf(LocalDateTime.now()));
                st.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the original failure is reported
            }
            throw new WarehouseException("cannot record the publication state", e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                throw new WarehouseException("cannot restore auto-commit", e);
            }
        }
    }

    private void hashResources(MessageDigest digest, String location) {
        try {
            Resource[] resources = resolver.getResources(location + "**/*");
            Arrays.sort(resources, Comparator.comparing(Publicatiestand::naam));
            for (Resource r : resources) {
                if (r.isReadable() && !naam(r).endsWith("/")) {
                    update(digest, "bron|" + naam(r) + "|");
                    digest.update(r.getContentAsByteArray());
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

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String met(String location) {
        return location.endsWith("/") ? location : location + "/";
    }
}
