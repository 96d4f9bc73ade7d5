package nl.jbr.integriteit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.jbr.integriteit.vingerafdruk.Vingerafdruk;

/**
 * The archive of every file version ever received: {@code data/archief/<aa>/<sha256>}, content-addressed,
 * written once (temp file + atomic move) and made read-only. Validation reads the archived copy, so what
 * was validated is exactly what was archived, even if the ministry changes the file meanwhile. A file above the
 * size limit ({@code jbr.limits.max-file-bytes}) is never archived: its size is checked before copying, and a file
 * that grows past the limit while it is copied stops the copy at the limit plus one byte (the partial copy is
 * removed).
 */
public final class Archief {

    private static final Logger log = LoggerFactory.getLogger(Archief.class);

    /** What became of a version that was to be archived. */
    public enum Bewaring {
        /** In the archive, with its checksum verified (or already there and still intact). */
        BEWAARD,
        /** Not archived: changed or unreadable since it was hashed, or its archived copy is damaged. */
        NIET_BEWAARD,
        /** Not archived: larger than the limit. */
        TE_GROOT
    }

    private final Path root;
    private final long maxBytes;
    /** Archived copies found not to match their checksum in this process, with the Dutch sentence for each. */
    private final Map<String, String> beschadigd = new ConcurrentHashMap<>();

    /** An archive without a size limit (tests). */
    public Archief(Path dataDir) {
        this(dataDir, Long.MAX_VALUE);
    }

    /** An archive that keeps no file larger than {@code maxBytes}. */
    public Archief(Path dataDir, long maxBytes) {
        this.root = dataDir.resolve("archief");
        this.maxBytes = maxBytes;
    }

    /** The largest file the archive keeps. */
    public long maxBytes() {
        return maxBytes;
    }

    /** SHA-256 of a file, streaming (the last path element is not followed when it is a symbolic link). */
    public static String sha256(Path file) {
        try {
            return Vingerafdruk.vanBestand(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** SHA-256 of a submission {@code <input>/<MINISTERIE>/<jaar>/<naam>}, read as {@link #openInlevering} reads it. */
    public static String sha256Inlevering(Path pad) {
        try (InputStream in = openInlevering(pad)) {
            return Vingerafdruk.van(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pad, e);
        }
    }

    /**
     * Opens a submission found by the scan, {@code <input>/<MINISTERIE>/<jaar>/<naam>}, without following a symbolic
     * link at any depth below the drop folder, also not one swapped in after the scan: the ministry folder, the year
     * folder and the file are each opened relative to the folder handle above them, refusing links
     * ({@code openat(O_NOFOLLOW)}). Where the file system offers no such handles, the file is opened without
     * following a final link and its folder's real path must still be the one scanned.
     */
    public static InputStream openInlevering(Path pad) throws IOException {
        Path jaarMap = pad.getParent();
        Path ministerieMap = jaarMap.getParent();
        Path wortel = ministerieMap.getParent();
        try (DirectoryStream<Path> w = Files.newDirectoryStream(wortel)) {
            if (w instanceof SecureDirectoryStream<Path> sw) {
                try (SecureDirectoryStream<Path> m = sw.newDirectoryStream(ministerieMap.getFileName(), LinkOption.NOFOLLOW_LINKS);
                     SecureDirectoryStream<Path> j = m.newDirectoryStream(jaarMap.getFileName(), LinkOption.NOFOLLOW_LINKS)) {
                    SeekableByteChannel kanaal = j.newByteChannel(pad.getFileName(),
                            Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS));
                    return Channels.newInputStream(kanaal);
                }
            }
        }
        InputStream in = Files.newInputStream(pad, LinkOption.NOFOLLOW_LINKS);
        if (!jaarMap.toRealPath().equals(wortel.toRealPath().resolve(ministerieMap.getFileName()).resolve(jaarMap.getFileName()))) {
            in.close();
            throw new IOException(pad + " is not inside the drop folder any more (a symbolic link)");
        }
        return in;
    }

    /** The archived copies of this process that did not match their checksum: checksum to Dutch sentence. */
    public Map<String, String> beschadigd() {
        return Map.copyOf(beschadigd);
    }

    /** Forgets what {@link #beschadigd()} reported (at the start of a run). */
    public void vergeetBeschadigd() {
        beschadigd.clear();
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
     * @return {@link Bewaring#NIET_BEWAARD} when the copied bytes do not have the expected checksum (the file changed
     *     while it was being read) or the file cannot be read any more (removed or replaced meanwhile),
     *     {@link Bewaring#TE_GROOT} when it is larger than the limit; nothing is archived then
     * @throws UncheckedIOException when the archive itself cannot be written
     */
    public Bewaring bewaar(Path bron, String sha256) {
        return bewaar(bron, sha256, () -> Files.newInputStream(bron, LinkOption.NOFOLLOW_LINKS), bron.toString());
    }

    /**
     * As {@link #bewaar(Path, String)} for a submission of the drop folder, read as {@link #openInlevering} reads it.
     * An archived copy that is already there is trusted only when its content still has its checksum; a damaged copy
     * stops this version ({@link Bewaring#NIET_BEWAARD}; see {@link #beschadigd()}).
     */
    public Bewaring bewaarInlevering(AangeleverdBestand bestand, String sha256) {
        return bewaar(bestand.pad(), sha256, () -> openInlevering(bestand.pad()), bestand.weergave());
    }

    private interface Bron {
        InputStream open() throws IOException;
    }

    private Bewaring bewaar(Path bron, String sha256, Bron opener, String weergave) {
        Path doel = pad(sha256);
        if (Files.exists(doel)) {
            return klopt(doel, sha256, weergave) ? Bewaring.BEWAARD : Bewaring.NIET_BEWAARD;
        }
        try {
            if (Files.readAttributes(bron, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size() > maxBytes) {
                return Bewaring.TE_GROOT; // before a byte is copied
            }
        } catch (IOException e) {
            return Bewaring.NIET_BEWAARD; // gone since the scan
        }
        try {
            Files.createDirectories(doel.getParent());
            Path tijdelijk = Files.createTempFile(doel.getParent(), ".ontvangst-", ".tmp");
            try {
                MessageDigest digest = digest();
                try (OutputStream out = Files.newOutputStream(tijdelijk, StandardOpenOption.TRUNCATE_EXISTING)) {
                    Bewaring gekopieerd = kopieer(opener, digest, out, maxBytes);
                    if (gekopieerd != Bewaring.BEWAARD) {
                        return gekopieerd;
                    }
                }
                if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                    return Bewaring.NIET_BEWAARD;
                }
                try {
                    Files.move(tijdelijk, doel, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tijdelijk, doel);
                }
                doel.toFile().setReadOnly();
                return Bewaring.BEWAARD;
            } finally {
                Files.deleteIfExists(tijdelijk);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + bron, e);
        }
    }

    /**
     * Copies the source into out, at most {@code max} bytes: the read that would bring it past {@code max} asks for
     * one byte more than the rest and ends the copy ({@link Bewaring#TE_GROOT}, nothing of it written); also
     * {@link Bewaring#NIET_BEWAARD} when the source cannot be opened or read (write errors throw).
     */
    private static Bewaring kopieer(Bron bron, MessageDigest digest, OutputStream out, long max) throws IOException {
        InputStream in;
        try {
            in = bron.open();
        } catch (IOException e) {
            return Bewaring.NIET_BEWAARD;
        }
        try (in) {
            byte[] buf = new byte[1 << 16];
            long gekopieerd = 0;
            while (true) {
                int n;
                try {
                    long rest = max - gekopieerd; // >= 0: what may still come
                    n = in.read(buf, 0, rest >= buf.length ? buf.length : (int) rest + 1);
                } catch (IOException e) {
                    return Bewaring.NIET_BEWAARD;
                }
                if (n < 0) {
                    return Bewaring.BEWAARD;
                }
                if (gekopieerd + n > max) {
                    return Bewaring.TE_GROOT;
                }
                gekopieerd += n;
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
    }

    /** Whether the archived copy still has the checksum it is filed under; records and logs it when not. */
    private boolean klopt(Path kopie, String sha256, String weergave) {
        String gelezen;
        try (InputStream in = Files.newInputStream(kopie, LinkOption.NOFOLLOW_LINKS)) {
            gelezen = Vingerafdruk.van(in);
        } catch (IOException e) {
            gelezen = "onleesbaar";
        }
        if (gelezen.equals(sha256)) {
            return true;
        }
        String zin = "Het archiefbestand " + kopie.toAbsolutePath() + " van " + weergave + " klopt niet met zijn checksum "
                + "(beschadigd); deze versie wordt niet gebruikt, de vorige versie van dit bestand (of geen) blijft in "
                + "gebruik. Herstel: zie README, Beheer.";
        beschadigd.put(sha256, zin);
        log.error("Archiefkopie {} klopt niet met haar controlegetal (gelezen {}); deze versie van {} wordt niet gebruikt", kopie, gelezen, weergave);
        return false;
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
