package nl.jbr.integriteit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The archive of every file version ever received: {@code data/archief/<aa>/<sha256>}, content-addressed,
 * written once (temp file + atomic move) and made read-only. Validation reads the archived copy, so what
 * was validated is exactly what was archived, even if the ministry changes the file meanwhile.
 */
public final class Archief {

    private final Path root;

    public Archief(Path dataDir) {
        this.root = dataDir.resolve("archief");
    }

    /** SHA-256 of a file, streaming. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Where the version with this checksum is (or will be) kept. */
    public Path pad(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The archive path relative to the data directory, as stored in the ledger. */
    public String relatiefPad(String sha256) {
        return "archief/" + sha256.substring(0, 2) + "/" + sha256;
    }

    /**
     * Copies {@code bron} into the archive under {@code sha256}, verifying the checksum of what was copied.
     *
     * @return {@code false} when the copied bytes do not have the expected checksum (the file changed while
     *     it was being read) or the file cannot be read any more (removed or replaced meanwhile); nothing is
     *     archived then
     * @throws UncheckedIOException when the archive itself cannot be written
     */
    public boolean bewaar(Path bron, String sha256) {
        Path doel = pad(sha256);
        if (Files.exists(doel)) {
            return true;
        }
        try {
            Files.createDirectories(doel.getParent());
            Path tijdelijk = Files.createTempFile(doel.getParent(), ".ontvangst-", ".tmp");
            try {
                MessageDigest digest = digest();
                try (OutputStream out = Files.newOutputStream(tijdelijk, StandardOpenOption.TRUNCATE_EXISTING)) {
                    if (!kopieer(bron, digest, out)) {
                        return false;
                    }
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                    return false;
                }
                try {
                    Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tijdelijk, doel);
                }
                doel.toFile().setReadOnly();
                return true;
            } finally {
                Files.deleteIfExists(tijdelijk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + bron, e);
        }
    }

    /** Copies the source into out; {@code false} when the source cannot be opened or read (write errors throw). */
    private static boolean kopieer(Path bron, MessageDigest digest, OutputStream out) throws IOException {
        InputStream in;
        try {
            in = Files.newInputStream(bron, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        try (in) {
            byte[] buf = new byte[1 << 16];
            while (true) {
                int n;
                try {
                    n = in.read(buf);
                } catch (IOException e) {
                    return false;
                }
                if (n < 0) {
                    return true;
                }
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
