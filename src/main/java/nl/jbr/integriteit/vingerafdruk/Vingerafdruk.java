package nl.jbr.integriteit.vingerafdruk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way unchanged work is recognised: a SHA-256 of everything the work is made from, written part by part, kept
 * when the work is done and compared the next time. Used for the run as a whole and per year ({@link Publicatiestand}),
 * per year's disclosure plan ({@code onthulling/Onthullingsbeheersing}), per set of tables of a year
 * ({@code publish/OngewijzigdeScopes}) and per feedback page ({@code terugmelding/Terugmeldingen}); and the checksum of
 * a file ({@link #vanBestand}: the ledger's, the archive's, a published file's). Not thread-safe: one per fingerprint.
 */
public final class Vingerafdruk {

    private final MessageDigest digest;

    private Vingerafdruk() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty fingerprint to add parts to. */
    public static Vingerafdruk nieuw() {
        return new Vingerafdruk();
    }

    /** The SHA-256 of everything {@code bron} still holds, read in blocks. */
    public static String van(InputStream bron) throws IOException {
        Vingerafdruk afdruk = nieuw();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = bron.read(buffer)) > 0; ) {
            afdruk.bytes(buffer, 0, n);
        }
        return afdruk.hex();
    }

    /** The SHA-256 of a file (its last path element is not followed when it is a symbolic link). */
    public static String vanBestand(Path bestand) throws IOException {
        try (InputStream in = Files.newInputStream(bestand, LinkOption.NOFOLLOW_LINKS)) {
            return van(in);
        }
    }

    /** Adds {@code tekst} as it is (UTF-8). */
    public Vingerafdruk tekst(CharSequence tekst) {
        digest.update(tekst.toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds {@code tekst} and a line end: one part per line, so that two parts never run into one. */
    public Vingerafdruk regel(String tekst) {
        tekst(tekst);
        digest.update((byte) '\n');
        return this;
    }

    /** Adds raw bytes (the content of a file). */
    public Vingerafdruk bytes(byte[] inhoud) {
        return bytes(inhoud, 0, inhoud.length);
    }

    /** Adds {@code lengte} raw bytes of {@code inhoud} from {@code van} (a file read in blocks). */
    public Vingerafdruk bytes(byte[] inhoud, int van, int lengte) {
        digest.update(inhoud, van, lengte);
        return this;
    }

    /** The fingerprint of what was added, in lower-case hexadecimal; the fingerprint cannot be added to after this. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
