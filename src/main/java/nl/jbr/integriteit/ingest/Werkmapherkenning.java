package nl.jbr.integriteit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether a file of the drop folder is a workbook, decided from its first bytes (never from its name: the archive
 * copy that is validated is named by its checksum): a zip file ({@code PK\3\4}, as {@code .xlsx}) or an OLE2
 * container ({@code .xls}, or a password-protected {@code .xlsx}). Those go to {@link WerkmapValidator}, which
 * reads or refuses them with a workbook-specific sentence.
 */
final class Werkmapherkenning {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private Werkmapherkenning() {
    }

    static boolean isWerkmap(Path bestand) {
        if (!Files.isRegularFile(bestand)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(bestand)) {
            byte[] kop = in.readNBytes(8);
            return (kop.length >= 4 && Arrays.equals(Arrays.copyOf(kop, 4), ZIP)) || Arrays.equals(kop, OLE2);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + bestand, e);
        }
    }
}
