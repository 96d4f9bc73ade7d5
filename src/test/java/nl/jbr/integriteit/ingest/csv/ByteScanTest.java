package nl.jbr.integriteit.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first pass over a file's bytes, against the JDK: a file is valid UTF-8 exactly when the JDK's strict decoder
 * accepts it, the first NUL byte is found where it is, and the size and the first 64 KB are right, whatever the
 * position of a non-ASCII byte relative to the eight-byte words and the 64 KB reads the scan works in.
 */
class ByteScanTest {

    private static final byte[][] STUKKEN = {
        "Douane ".getBytes(StandardCharsets.UTF_8), "a".getBytes(StandardCharsets.UTF_8),
        "privésfeer;".getBytes(StandardCharsets.UTF_8), "€".getBytes(StandardCharsets.UTF_8),
        "\uD83D\uDE00".getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
        {(byte) 0xE9}, // é in Windows-1252: not UTF-8
        {(byte) 0xC0, (byte) 0x80}, // overlong NUL
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
        {(byte) 0x80}, // a lone continuation byte
        {(byte) 0xE2, (byte) 0x82}, // a sequence cut short
    };

    @TempDir
    Path dir;

    @Test
    void agreesWithTheJdkOnRandomFiles() throws IOException {
        Random random = new Random(27112026);
        for (int ronde = 0; ronde < 400; ronde++) {
            ByteArrayOutputStream inhoud = new ByteArrayOutputStream();
            int lengte = ronde % 10 == 0 ? 70_000 + random.nextInt(70_000) : random.nextInt(300);
            boolean alleenGeldig = random.nextBoolean();
            while (inhoud.size() < lengte) {
                int stuk = random.nextInt(alleenGeldig ? 6 : STUKKEN.length);
                // mostly long ASCII runs, so the word-at-a-time path does the work
                byte[] b = stuk == 0 ? "x".repeat(random.nextInt(40)).getBytes(StandardCharsets.US_ASCII) : STUKKEN[stuk];
                inhoud.writeBytes(b);
            }
            if (random.nextInt(8) == 0) {
                inhoud.write(0);
                inhoud.writeBytes("na de NUL".getBytes(StandardCharsets.US_ASCII));
            }
            byte[] bytes = inhoud.toByteArray();
            Path file = Files.write(dir.resolve("f" + ronde + ".csv"), bytes);

            ByteScan.Result r = ByteScan.scan(file, Long.MAX_VALUE);

            int nul = indexOf(bytes, (byte) 0);
            assertThat(r.nulOffset()).as("ronde %d", ronde).isEqualTo(nul);
            if (nul < 0) {
                assertThat(r.bytes()).isEqualTo(bytes.length);
                assertThat(r.validUtf8()).as("ronde %d", ronde).isEqualTo(strictUtf8(bytes));
                if (r.validUtf8()) {
                    assertThat(r.multiByteUtf8()).isEqualTo(new String(bytes, StandardCharsets.UTF_8).chars().anyMatch(c -> c > 0x7F));
                }
            } else {
                assertThat(r.validUtf8()).isFalse();
            }
            assertThat(r.head()).isEqualTo(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, ByteScan.HEAD_BYTES)));
        }
    }

    @Test
    void aNulOrAHighByteStopsTheWordAtATimePathAtEveryPosition() {
        for (int lengte = 0; lengte <= 24; lengte++) {
            for (int positie = 0; positie < lengte; positie++) {
                for (byte bijzonder : new byte[] {0, (byte) 0x80, (byte) 0xC3, (byte) 0xFF}) {
                    byte[] b = "abcdefghijklmnopqrstuvwx".substring(0, lengte).getBytes(StandardCharsets.US_ASCII);
                    b[positie] = bijzonder;
                    int stop = ByteScan.naAscii(b, 0, b.length);
                    assertThat(stop).as("length %d, byte %02x at %d", lengte, bijzonder, positie).isLessThanOrEqualTo(positie);
                    assertThat(positie - stop).isLessThan(8);
                }
            }
            byte[] ascii = "abcdefghijklmnopqrstuvwx".substring(0, lengte).getBytes(StandardCharsets.US_ASCII);
            assertThat(ByteScan.naAscii(ascii, 0, lengte)).isEqualTo(lengte - lengte % 8);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static boolean strictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
