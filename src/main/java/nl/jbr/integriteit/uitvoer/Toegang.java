package nl.jbr.integriteit.uitvoer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who may read what under the output folder (contract 6), whatever the umask: {@code openbaar/} is for everyone
 * (folders 0755, files 0644); {@code terugmelding/} and {@code beheer/} are not world-readable (folders 0750, files
 * 0640). Each ministry's folder {@code terugmelding/<MIN>/} can get a group of its own
 * ({@code jbr.terugmelding.groep.<MIN>}, otherwise {@code jbr.terugmelding.groep.standaard}), so that an
 * administrator can give each ministry's coordinators read access to their own folder only; {@code beheer/} gets
 * {@code jbr.beheer.groep}. Without a configured group the folder keeps the group the service user creates it with.
 * On a file system without POSIX permissions nothing is changed.
 */
public final class Toegang {

    /** The key of {@code jbr.terugmelding.groep} that holds the group of a ministry without one of its own. */
    public static final String STANDAARD = "standaard";

    static final Set<PosixFilePermission> OPENBARE_MAP = PosixFilePermissions.fromString("rwxr-xr-x");
    static final Set<PosixFilePermission> OPENBAAR_BESTAND = PosixFilePermissions.fromString("rw-r--r--");
    static final Set<PosixFilePermission> BESLOTEN_MAP = PosixFilePermissions.fromString("rwxr-x---");
    static final Set<PosixFilePermission> BESLOTEN_BESTAND = PosixFilePermissions.fromString("rw-r-----");

    private final Uitvoermappen mappen;
    private final Map<String, String> terugmeldingGroepen;
    private final String beheerGroep;

    /**
     * @param terugmeldingGroepen per ministry code (any case) a group name; key {@value #STANDAARD}: every other ministry
     * @param beheerGroep         the group of {@code beheer/}, or {@code null}
     */
    public Toegang(Uitvoermappen mappen, Map<String, String> terugmeldingGroepen, String beheerGroep) {
        this.mappen = mappen;
        this.terugmeldingGroepen = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        terugmeldingGroepen.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                this.terugmeldingGroepen.put(k, v.strip());
            }
        });
        this.beheerGroep = beheerGroep == null || beheerGroep.isBlank() ? null : beheerGroep.strip();
    }

    public Uitvoermappen mappen() {
        return mappen;
    }

    /**
     * Sets the modes (and configured groups) of everything under the three audience folders that exist. Called after
     * every step that writes there; files written with {@link nl.jbr.integriteit.uitvoer.AtomicFile} already take the
     * mode of their folder, so this mainly fixes folders and files written in place.
     */
    public void herstel() {
        try {
            Path openbaar = mappen.openbaar();
            if (Files.isDirectory(openbaar, LinkOption.NOFOLLOW_LINKS)) {
                zet(openbaar, OPENBARE_MAP, OPENBAAR_BESTAND, null);
            }
            Path beheer = mappen.beheer();
            if (Files.isDirectory(beheer, LinkOption.NOFOLLOW_LINKS)) {
                zet(beheer, BESLOTEN_MAP, BESLOTEN_BESTAND, groep(beheerGroep));
            }
            Path terugmelding = mappen.terugmelding();
            if (Files.isDirectory(terugmelding, LinkOption.NOFOLLOW_LINKS)) {
                GroupPrincipal standaard = groep(terugmeldingGroepen.get(STANDAARD));
                zetEen(terugmelding, BESLOTEN_MAP, standaard);
                try (var ministeries = Files.list(terugmelding)) {
                    for (Path map : ministeries.toList()) {
                        String code = map.getFileName().toString();
                        GroupPrincipal eigen = groep(terugmeldingGroepen.get(code));
                        zet(map, BESLOTEN_MAP, BESLOTEN_BESTAND, eigen != null ? eigen : standaard);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the permissions under " + mappen.root(), e);
        }
    }

    /**
     * Gives everything under {@code map} the public modes (folders 0755, files 0644): for a year folder written
     * elsewhere before it is swapped into {@code openbaar/}.
     */
    public static void openbaar(Path map) throws IOException {
        zet(map, OPENBARE_MAP, OPENBAAR_BESTAND, null);
    }

    /** Checks that every configured group exists, so a typing error stops the run before anything is written. */
    public void controleer() {
        terugmeldingGroepen.values().forEach(this::groep);
        groep(beheerGroep);
    }

    /** The modes of a file in a folder with the given modes: the folder's, without execute. */
    public static Set<PosixFilePermission> bestandVan(Set<PosixFilePermission> map) {
        Set<PosixFilePermission> bestand = java.util.EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission p : map) {
            switch (p) {
                case OWNER_EXECUTE, GROUP_EXECUTE, OTHERS_EXECUTE -> { }
                default -> bestand.add(p);
            }
        }
        return bestand;
    }

    private static void zet(Path top, Set<PosixFilePermission> mapRechten, Set<PosixFilePermission> bestandRechten,
                     GroupPrincipal groep) throws IOException {
        if (Files.getFileAttributeView(top, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) == null) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                zetEen(dir, mapRechten, groep);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) { // a link is never followed nor changed
                    zetEen(file, bestandRechten, groep);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof java.nio.file.NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // replaced meanwhile (an atomic write's temporary file)
                }
                throw exc;
            }
        });
    }

    private static void zetEen(Path pad, Set<PosixFilePermission> rechten, GroupPrincipal groep) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(pad, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        try {
            PosixFileAttributes nu = view.readAttributes();
            if (groep != null && !groep.equals(nu.group())) {
                view.setGroup(groep);
            }
            if (!nu.permissions().equals(rechten)) {
                view.setPermissions(rechten);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            // replaced meanwhile: its successor was written with its folder's mode
        }
    }

    private GroupPrincipal groep(String naam) {
        if (naam == null) {
            return null;
        }
        UserPrincipalLookupService lookup = mappen.root().getFileSystem().getUserPrincipalLookupService();
        try {
            return lookup.lookupPrincipalByGroupName(naam);
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            throw new Uitvoerfout("de groep '" + naam + "' uit de instellingen (jbr.terugmelding.groep of jbr.beheer.groep) "
                    + "bestaat niet op deze machine; maak haar aan of pas de instelling aan.", e);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }
}
