package nl.jbr.integriteit.uitvoer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;

import nl.jbr.integriteit.uitvoer.Toegang;

/**
 * Writes one file whole or not at all: into a temporary file beside it ({@code <prefix>*.part}), then moved over
 * it, atomically where the file system can. A reader never sees half a page, and a run that dies while writing leaves
 * the old file (and at most a temporary one) behind. For a whole year folder see {@link AtomicYearDirectory}.
 */
public final class AtomicFile {

    /** Text written to the file, UTF-8. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** What a temporary file is called when the caller does not say: {@code .tmp-*.part}. */
    public static final String PREFIX = ".tmp-";

    private AtomicFile() {
    }

    /** Writes the text of {@code content} (UTF-8) to {@code target}. */
    public static void writeText(Path target, Text content) throws IOException {
        Path tmp = Files.createTempFile(map(target), PREFIX, ".part");
        try {
            rechtenVanMap(tmp);
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code bytes} to {@code target}. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        writeBytes(target, PREFIX, bytes);
    }

    /** As {@link #writeBytes(Path, byte[])}, the temporary file named {@code <prefix>*.part}. */
    public static void writeBytes(Path target, String prefix, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(map(target), prefix, ".part");
        try {
            rechtenVanMap(tmp);
            Files.write(tmp, bytes);
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Gives a new temporary file the mode and group its folder gives to files (its folder's mode without execute,
     * see {@link nl.jbr.integriteit.uitvoer.Toegang}) instead of the 0600 of a temporary file, so the file is readable
     * by its audience the moment it is moved into place.
     */
    public static void rechtenVanMap(Path bestand) throws IOException {
        PosixFileAttributeView map = Files.getFileAttributeView(bestand.toAbsolutePath().getParent(), PosixFileAttributeView.class);
        PosixFileAttributeView view = Files.getFileAttributeView(bestand, PosixFileAttributeView.class);
        if (map == null || view == null) {
            return;
        }
        PosixFileAttributes attributen = map.readAttributes();
        if (!attributen.group().equals(view.readAttributes().group())) {
            view.setGroup(attributen.group());
        }
        view.setPermissions(Toegang.bestandVan(attributen.permissions()));
    }

    /** The folder of {@code target}; a bare file name ({@code form.xlsx}) lies in the working folder. */
    private static Path map(Path target) {
        return target.toAbsolutePath().getParent();
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
