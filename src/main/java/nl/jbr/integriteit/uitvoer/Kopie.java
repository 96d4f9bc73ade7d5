package nl.jbr.integriteit.uitvoer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Copying and removing whole folders under the output folder, never following a symbolic link. */
public final class Kopie {

    private Kopie() {
    }

    /** Copies the folder {@code bron} to {@code doel} (which must not exist); links are left out. */
    public static void map(Path bron, Path doel) throws IOException {
        verwijder(doel);
        List<Path> alles;
        try (Stream<Path> walk = Files.walk(bron)) {
            alles = walk.toList();
        }
        for (Path p : alles) {
            Path naar = doel.resolve(bron.relativize(p).toString());
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(naar);
            } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(p, naar);
            }
        }
    }

    /** Removes {@code map} and everything under it, if it exists. */
    public static void verwijder(Path map) throws IOException {
        if (!Files.exists(map, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(map)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
