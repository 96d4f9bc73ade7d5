package nl.jbr.integriteit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Owner-only files and folders: the data directory holds every ministry's raw registrations (free text included)
 * and the job repository's password, so nobody but the service user may read it. On a file system without POSIX
 * permissions the folders are created as usual.
 */
public final class AlleenEigenaar {

    private static final Set<PosixFilePermission> MAP = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> BESTAND = PosixFilePermissions.fromString("rw-------");

    private AlleenEigenaar() {
    }

    /**
     * Creates {@code map} (and missing parents) owner-only; an existing folder that others can read is made
     * owner-only too. Returns {@code true} when it had to tighten an existing folder.
     */
    public static boolean eigenMap(Path map) throws IOException {
        Path absoluut = map.toAbsolutePath();
        if (!Files.exists(absoluut, LinkOption.NOFOLLOW_LINKS)) {
            Path ouder = absoluut.getParent();
            if (ouder != null && !Files.exists(ouder)) {
                Files.createDirectories(ouder);
            }
            try {
                Files.createDirectory(absoluut, posix(absoluut) ? attribuut(MAP) : new FileAttribute<?>[0]);
            } catch (FileAlreadyExistsException e) {
                // created meanwhile by another process: tightened below
            }
        }
        PosixFileAttributeView view = Files.getFileAttributeView(absoluut, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        // createDirectory applies the umask: set the permissions explicitly
        Set<PosixFilePermission> nu = view.readAttributes().permissions();
        if (!nu.equals(MAP)) {
            view.setPermissions(MAP);
            return !nu.stream().allMatch(MAP::contains);
        }
        return false;
    }

    /** Writes a new owner-only file (replacing one that exists). */
    public static void schrijfEigenBestand(Path bestand, String inhoud) throws IOException {
        Files.deleteIfExists(bestand);
        if (posix(bestand.toAbsolutePath().getParent())) {
            Files.createFile(bestand, attribuut(BESTAND));
            Files.setPosixFilePermissions(bestand, BESTAND);
        }
        Files.writeString(bestand, inhoud, StandardCharsets.US_ASCII);
    }

    private static boolean posix(Path pad) {
        Path p = pad;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p != null && Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    private static FileAttribute<?>[] attribuut(Set<PosixFilePermission> rechten) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(rechten)};
    }
}
