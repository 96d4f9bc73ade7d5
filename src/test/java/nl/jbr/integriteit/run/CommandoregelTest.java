package nl.jbr.integriteit.run;

import nl.jbr.integriteit.Pijplijn;
import nl.jbr.integriteit.Pijplijn.Uitvoer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import nl.jbr.integriteit.opdracht.Opdracht;
import nl.jbr.integriteit.opdracht.Uitgang;


/** Contract section 7: commands, options and exit codes. */
class CommandoregelTest {

    @TempDir
    Path tmp;

    @Test
    void optiesMetEnZonderIsteken() throws Cli.Gebruiksfout {
        Opdracht o = Cli.parse("run", "--input", "in", "--output=uit", "--jaar", "2024", "--wait");
        assertThat(o.optie("input")).isEqualTo("in");
        assertThat(o.optie("output")).isEqualTo("uit");
        assertThat(o.optie("jaar")).isEqualTo("2024");
        assertThat(o.heeft("wait")).isTrue();
        assertThat(Cli.eigenschappen(o)).containsEntry("jbr.input", "in").containsEntry("jbr.output", "uit");
        // any further setting passes through as a property
        assertThat(Cli.eigenschappen(Cli.parse("run", "--jbr.limits.max-rows", "500", "--jbr.inname-threads=1")))
                .containsEntry("jbr.limits.max-rows", "500").containsEntry("jbr.inname-threads", "1");
    }

    @Test
    void onbegrijpelijkeOpdrachten() {
        assertThatThrownBy(() -> Cli.parse()).isInstanceOf(Cli.Gebruiksfout.class);
        assertThatThrownBy(() -> Cli.parse("draai")).hasMessageContaining("Onbekende opdracht");
        assertThatThrownBy(() -> Cli.parse("run", "--invoer", "x")).hasMessageContaining("Onbekende optie");
        assertThatThrownBy(() -> Cli.parse("run", "--input")).hasMessageContaining("waarde");
        assertThatThrownBy(() -> Cli.parse("run", "--jaar", "2O24")).hasMessageContaining("jaartal");
        assertThatThrownBy(() -> Cli.parse("validate")).hasMessageContaining("bestand");
        assertThat(start("draai").code()).isEqualTo(Uitgang.GEBRUIK);
    }

    @Test
    void validateGeeftNulVoorEenGoedBestandEnEenVoorEenAfgekeurdBestand() throws IOException {
        Path goed = schrijf("BZK/2024/goed.csv", "onderdeel;categorie\nDGOO;g\n");
        Uitvoer u = start("validate", goed.toString());
        assertThat(u.code()).isEqualTo(Uitgang.OK);
        assertThat(u.out()).contains("GEACCEPTEERD").contains("incidenten");

        Path fout = schrijf("x.csv", "onderdeel;categorie\n;g\n");
        Uitvoer f = start("validate", fout.toString(), "--ministerie", "FIN", "--jaar", "2024");
        assertThat(f.code()).isEqualTo(Uitgang.MISLUKT);
        assertThat(f.out()).contains("AFGEKEURD").contains("WAARDE_ONTBREEKT").contains("regel 2");

        // without --ministerie and outside a ministry folder: a usage error, not a guess
        assertThat(start("validate", fout.toString()).code()).isEqualTo(Uitgang.GEBRUIK);
        assertThat(start("validate", tmp.resolve("bestaat-niet.csv").toString(), "--ministerie", "BZK", "--jaar", "2024").code())
                .isEqualTo(Uitgang.GEBRUIK);
    }

    @Test
    void eenAangepasteMinisterielijstZonderNieuweRelease() throws IOException {
        // a new cabinet: a ministry XYZ from 2026, in an edited copy of input-schemas/
        Path schemas = tmp.resolve("mijn schemas");
        for (String naam : List.of("ministeries.csv", "codelijsten.csv", "formulieren.csv", "categorieen.csv",
                "subcategorieen.csv", "categorie-varianten.csv", "subcategorie-varianten.csv",
                "formulieren/incidenten.csv", "formulieren/personeel.csv")) {
            Path doel = schemas.resolve(naam);
            Files.createDirectories(doel.getParent());
            try (var in = getClass().getResourceAsStream("/input-schemas/" + naam)) {
                Files.copy(in, doel);
            }
        }
        Files.writeString(schemas.resolve("ministeries.csv"), "XYZ,Ministerie van Nieuwe Zaken,2026,\n",
                java.nio.file.StandardOpenOption.APPEND);
        Path bestand = schrijf("XYZ/2026/incidenten.csv", "onderdeel;categorie\nDG;g\n");

        assertThat(start("validate", bestand.toString()).code()).isEqualTo(Uitgang.GEBRUIK); // unknown to the packaged list
        Uitvoer u = start("validate", bestand.toString(), "--schemas", schemas.toString());
        assertThat(u.code()).as(u.err()).isEqualTo(Uitgang.OK);
        assertThat(u.out()).contains("XYZ, jaar 2026").contains("GEACCEPTEERD");
    }

    private Path schrijf(String pad, String inhoud) throws IOException {
        Path p = tmp.resolve(pad);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, inhoud);
    }

    private static Uitvoer start(String... args) {
        return Pijplijn.start(args);
    }
}
