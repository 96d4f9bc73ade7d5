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
        assertThat(archief.bewaar(bron, sha)).isTrue();
        Path kopie = tmp.resolve("data/archief/ba/" + sha);
        assertThat(kopie).hasContent("abc");
        assertThat(Files.getPosixFilePermissions(kopie)).doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(archief.relatiefPad(sha)).isEqualTo("archief/ba/" + sha);

        // a file that changed between hashing and archiving is not archived under the old checksum
        Path veranderd = Files.writeString(tmp.resolve("b.csv"), "abd", StandardCharsets.UTF_8);
        String andere = "0000000000000000000000000000000000000000000000000000000000000000";
        assertThat(archief.bewaar(veranderd, andere)).isFalse();
        assertThat(tmp.resolve("data/archief/00")).isEmptyDirectory();
    }
}
