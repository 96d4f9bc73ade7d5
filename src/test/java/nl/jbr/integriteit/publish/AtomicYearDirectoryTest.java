package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicYearDirectoryTest {

    @TempDir
    Path output;

    final AtomicYearDirectory atomic = new AtomicYearDirectory();

    @Test
    void writesTheYearAndLeavesNothingElse() throws IOException {
        Path year = atomic.publish(output, 2024, "r1", dir -> Files.writeString(dir.resolve("a.csv"), "x\n"));
        assertThat(year).isEqualTo(output.resolve("2024"));
        assertThat(Files.readString(year.resolve("a.csv"))).isEqualTo("x\n");
        assertThat(entries()).containsExactly("2024");
    }

    @Test
    void failureWhileWritingKeepsThePreviousPublication() throws IOException {
        atomic.publish(output, 2024, "r1", dir -> Files.writeString(dir.resolve("a.csv"), "old\n"));

        assertThatThrownBy(() -> atomic.publish(output, 2024, "r2", dir -> {
            Files.writeString(dir.resolve("a.csv"), "half");
            throw new IllegalStateException("render failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("render failed");

        assertThat(Files.readString(output.resolve("2024/a.csv"))).isEqualTo("old\n");
        assertThat(entries()).containsExactly("2024");
    }

    @Test
    void leftoverTempDirectoryOfACrashedRunIsRemoved() throws IOException {
        atomic.publish(output, 2024, "r1", dir -> Files.writeString(dir.resolve("a.csv"), "old\n"));
        // A run that crashed while writing left a half temp dir.
        Path crashed = Files.createDirectories(output.resolve(".2024.tmp-r2/rijk"));
        Files.writeString(crashed.resolve("half.csv"), "ha");

        atomic.publish(output, 2024, "r3", dir -> Files.writeString(dir.resolve("a.csv"), "new\n"));

        assertThat(Files.readString(output.resolve("2024/a.csv"))).isEqualTo("new\n");
        assertThat(entries()).containsExactly("2024");
    }

    @Test
    void crashBetweenTheTwoRenamesIsRecovered() throws IOException {
        // State after a crash between "2024 -> .2024.old-r2" and ".2024.tmp-r2 -> 2024": readers would see no
        // year; the next call restores the old publication before doing anything else.
        Path old = Files.createDirectories(output.resolve(".2024.old-r2"));
        Files.writeString(old.resolve("a.csv"), "old\n");
        Files.createDirectories(output.resolve(".2024.tmp-r2"));

        assertThatThrownBy(() -> atomic.publish(output, 2024, "r3", dir -> {
            throw new IOException("disk full");
        })).hasRootCauseMessage("disk full");

        assertThat(Files.readString(output.resolve("2024/a.csv"))).isEqualTo("old\n");
        assertThat(entries()).containsExactly("2024");
    }

    @Test
    void otherYearsAreUntouched() throws IOException {
        atomic.publish(output, 2023, "r1", dir -> Files.writeString(dir.resolve("a.csv"), "2023\n"));
        atomic.publish(output, 2024, "r1", dir -> Files.writeString(dir.resolve("a.csv"), "2024\n"));
        assertThat(Files.readString(output.resolve("2023/a.csv"))).isEqualTo("2023\n");
        assertThat(entries()).containsExactly("2023", "2024");
    }

    private java.util.List<String> entries() throws IOException {
        try (Stream<Path> list = Files.list(output)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
