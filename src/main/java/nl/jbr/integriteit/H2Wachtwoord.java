package nl.jbr.integriteit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded H2 job repository: generated once, kept in {@code data/jobrepository/.wachtwoord}
 * (owner-only, like the data directory itself), never the well-known {@code sa} with an empty password. A database
 * created by an earlier release with the empty password gets the generated one at the first start.
 */
final class H2Wachtwoord {

    static final String GEBRUIKER = "sa";
    private static final Logger log = LoggerFactory.getLogger(H2Wachtwoord.class);

    private H2Wachtwoord() {
    }

    /** The password for the H2 database at {@code url} whose files are in {@code map}; generated when there is none. */
    static synchronized String wachtwoord(Path map, String url) {
        Path bestand = map.resolve(".wachtwoord");
        Path nieuw = map.resolve(".wachtwoord.nieuw");
        try {
            AlleenEigenaar.eigenMap(map);
            if (Files.exists(bestand)) {
                return Files.readString(bestand, StandardCharsets.US_ASCII).strip();
            }
            String wachtwoord;
            if (Files.exists(nieuw)) {
                // an earlier start stopped between generating and recording: the database may have either password
                wachtwoord = Files.readString(nieuw, StandardCharsets.US_ASCII).strip();
            } else {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                wachtwoord = HexFormat.of().formatHex(random);
                AlleenEigenaar.schrijfEigenBestand(nieuw, wachtwoord + "\n");
            }
            if (Files.exists(map.resolve("batch.mv.db")) && !kanOpenen(url, GEBRUIKER, wachtwoord)) {
                migreer(url, wachtwoord);
            }
            Files.move(nieuw, bestand, StandardCopyOption.ATOMIC_MOVE);
            return wachtwoord;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the job repository password in " + map, e);
        }
    }

    private static boolean kanOpenen(String url, String gebruiker, String wachtwoord) {
        try (Connection ignored = DriverManager.getConnection(url + ";IFEXISTS=TRUE", gebruiker, wachtwoord)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A repository of an earlier release (empty password): give its user the generated password. */
    private static void migreer(String url, String wachtwoord) {
        try (Connection c = DriverManager.getConnection(url + ";IFEXISTS=TRUE", GEBRUIKER, "");
             PreparedStatement st = c.prepareStatement("ALTER USER " + GEBRUIKER + " SET PASSWORD ?")) {
            st.setString(1, wachtwoord);
            st.execute();
            log.info("De jobrepository heeft nu een gegenereerd wachtwoord (bewaard in de datamap)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot give the job repository a generated password", e);
        }
    }
}
