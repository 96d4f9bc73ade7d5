package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiefTest {

    @TempDir
    Path tmp;

    @Test
    void bewaartInhoudOnderHaarChecksumEnVerifieert() throws IOException {
        Path bron = Files.writeString(tmp.resolve("a.csv"), "abc", StandardCharsets.UTF_8);
        // SHA-256("abc"), the FIPS 180-2 test vector
        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Archief.sha256(bron)).isEqualTo(sha);

        Archief archief = new Archief(tmp.resolve("data"));
        assertThat(archief.bewaar(bron, sha)).isEqualTo(Archief.Bewaring.BEWAARD);
        Path kopie = tmp.resolve("data/archief/ba/" + sha);
        assertThat(kopie).hasContent("abc");
        assertThat(Files.getPosixFilePermissions(kopie)).doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(archief.relatiefPad(sha)).isEqualTo("archief/ba/" + sha);

        // a file that changed between hashing and archiving is not archived under the old checksum
        Path veranderd = Files.writeString(tmp.resolve("b.csv"), "abd", StandardCharsets.UTF_8);
        String andere = "0000000000000000000000000000000000000000000000000000000000000000";
        assertThat(archief.bewaar(veranderd, andere)).isEqualTo(Archief.Bewaring.NIET_BEWAARD);
        assertThat(tmp.resolve("data/archief/00")).isEmptyDirectory();
    }

    /** Issue 22 B: nothing above the limit is archived, also not a file that grows past it while it is copied. */
    @Test
    void eenBestandBovenDeGrensWordtNietBewaard() throws Exception {
        Archief archief = new Archief(tmp.resolve("data"), 10);
        Path elf = Files.writeString(tmp.resolve("elf.csv"), "onderdeel;c", StandardCharsets.UTF_8);
        assertThat(archief.bewaar(elf, Archief.sha256(elf))).isEqualTo(Archief.Bewaring.TE_GROOT);
        Path tien = Files.writeString(tmp.resolve("tien.csv"), "onderdeel;", StandardCharsets.UTF_8);
        assertThat(archief.bewaar(tien, Archief.sha256(tien))).isEqualTo(Archief.Bewaring.BEWAARD);

        // a named pipe has size 0 when the archive looks, then delivers a megabyte: the copy stops past 10 bytes
        Path pijp = tmp.resolve("groeit.csv");
        assertThat(new ProcessBuilder("mkfifo", pijp.toString()).start().waitFor()).isZero();
        Thread schrijver = new Thread(() -> {
            try (java.io.OutputStream uit = Files.newOutputStream(pijp)) {
                uit.write(new byte[1 << 20]);
            } catch (IOException e) {
                // the archive stopped reading: a broken pipe is the point
            }
        });
        schrijver.start();
        assertThat(archief.bewaar(pijp, "0".repeat(64))).isEqualTo(Archief.Bewaring.TE_GROOT);
        schrijver.join(10_000);
        try (java.util.stream.Stream<Path> s = Files.walk(tmp.resolve("data/archief"))) {
            // only the ten-byte file: no copy and no partial temp file of the others
            assertThat(s.filter(Files::isRegularFile).toList()).singleElement()
                    .satisfies(p -> assertThat(Files.size(p)).isEqualTo(10));
        }
    }
}
