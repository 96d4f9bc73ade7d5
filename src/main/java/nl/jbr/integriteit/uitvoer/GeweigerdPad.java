package nl.jbr.integriteit.uitvoer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A symbolic link found under the output folder where the pipeline writes: it is never written through (it could
 * point anywhere, for instance into another ministry's folder or the data directory). The message is for the
 * operator (Dutch).
 */
public final class GeweigerdPad extends IOException {

    public GeweigerdPad(Path link) {
        super("Onder de uitvoermap staat een symbolische link (" + link + "); daar wordt nooit doorheen geschreven. "
                + "Verwijder de link en start de run opnieuw.");
    }

    /**
     * Creates {@code dir} and the folders between {@code root} and it, refusing any of them that is a symbolic link
     * ({@code root} itself may be one: the operator chose it).
     */
    public static Path maakMappen(Path root, Path dir) throws IOException {
        Path basis = root.normalize();
        Path doel = dir.normalize();
        if (!doel.startsWith(basis)) {
            throw new IOException(doel + " is not inside " + basis);
        }
        Files.createDirectories(basis);
        Path huidig = basis;
        for (Path deel : basis.relativize(doel)) {
            huidig = huidig.resolve(deel);
            if (Files.isSymbolicLink(huidig)) {
                throw new GeweigerdPad(huidig);
            }
            if (!Files.exists(huidig, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(huidig);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // created meanwhile; checked below
                }
            }
            if (Files.isSymbolicLink(huidig) || !Files.isDirectory(huidig, LinkOption.NOFOLLOW_LINKS)) {
                throw new GeweigerdPad(huidig);
            }
        }
        return doel;
    }
}
