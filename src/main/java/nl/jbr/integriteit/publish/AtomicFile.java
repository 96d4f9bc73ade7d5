package nl.jbr.integriteit.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        Path tmp = Files.createTempFile(target.getParent(), PREFIX, ".part");
        try {
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
        Path tmp = Files.createTempFile(target.getParent(), prefix, ".part");
        try {
            Files.write(tmp, bytes);
            moveOver(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveOver(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
