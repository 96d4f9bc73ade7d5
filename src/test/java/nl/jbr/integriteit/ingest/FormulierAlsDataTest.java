package nl.jbr.integriteit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.bevinding.Bevinding;
import nl.jbr.integriteit.bevinding.BevindingCode;
import nl.jbr.integriteit.bevinding.Ernst;
import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.SchemaSource;
import nl.jbr.integriteit.warehouse.RuweTabellen;
import nl.jbr.integriteit.warehouse.Warehouse;

/**
 * Forms as data (issue 12 item 1): the kengetallen form is read, checked and loaded from its definition alone; the raw
 * table comes from the definition and is filled by column name.
 */
class FormulierAlsDataTest {

    @TempDir
    Path tmp;

    private static final SchemaSource SCHEMAS = SchemaSource.embedded();
    private static final Formulieren FORMULIEREN = new Formulieren(SCHEMAS);
    private final FormulierValidator validator = Validatoren.met(Validatoren.TEST_LIMIETEN);

    private final List<FormulierRij> rijen = new ArrayList<>();
    private final RijOntvanger ontvanger = new RijOntvanger() {
        @Override
        public void rij(FormulierRij rij) {
            rijen.add(rij);
        }
    };

    @Test
    void deRuweTabelKomtUitDeDefinitie() {
        String ddl = RuweTabellen.ddl(FORMULIEREN.formulier("kengetallen").orElseThrow());
        assertThat(ddl).contains("CREATE TABLE IF NOT EXISTS kengetallen_ruw (")
                .contains("onderdeel VARCHAR NOT NULL,\n    risicofuncties BIGINT,\n    meldingsplichtigen BIGINT,")
                .contains("geschenken_aangenomen BIGINT,\n    PRIMARY KEY (versie_id, regel)")
                .doesNotContain(" jaar ").doesNotContain("ministerie ").doesNotContain("gevoelige_tekst");
        String incidenten = RuweTabellen.ddl(FORMULIEREN.formulier("incidenten").orElseThrow());
        assertThat(incidenten).contains("categorie_code VARCHAR NOT NULL").contains("aantal_betrokkenen INTEGER NOT NULL")
                .contains("publiceerbaar BOOLEAN NOT NULL").contains("gevoelige_tekst BOOLEAN NOT NULL");
    }

    @Test
    void legeCelIsGeenOpgaveEnAangenomenMeerDanAangebodenIsEenFout() throws IOException {
        Path f = bestand("""
                Dienst;Geschenken boven 50 euro aangeboden;Geschenken boven 50 euro aangenomen;Klachten;Gesprekken
                Logius;5;3;0;
                Inspectie;2;4;1;7
                ACM;;4;;12
                """);
        ValidatieResultaat r = validator.valideer(f, "BZK", 2025, ontvanger);
        assertThat(r.formulier()).isEqualTo("kengetallen");
        assertThat(r.geaccepteerd()).isFalse();
        assertThat(r.bevindingen()).hasSize(1);
        Bevinding fout = r.bevindingen().get(0);
        assertThat(fout.ernst()).isEqualTo(Ernst.FOUT);
        assertThat(fout.regel()).isEqualTo(3);
        assertThat(fout.kolom()).isEqualTo("Geschenken boven 50 euro aangenomen");
        assertThat(fout.code()).isEqualTo(BevindingCode.WAARDE_BUITEN_GRENS);
        assertThat(fout.melding()).startsWith("Regel 3: 4 aangenomen geschenken is meer dan het aantal aangeboden geschenken "
                + "van dit onderdeel (2)");
        // rows before the first fout arrived, by their warehouse names; an empty cell is absent (NULL), never 0
        assertThat(rijen).hasSize(1);
        FormulierRij rij = rijen.get(0);
        assertThat(rij.waarde("onderdeel")).isEqualTo("Logius");
        assertThat(rij.waarde("geschenken_aangeboden")).isEqualTo(5L);
        assertThat(rij.waarde("klachten_ongewenste_omgangsvormen")).isEqualTo(0L);
        assertThat(FormulierRij.positie(rij.formulier().opgeslagen(), "gesprekken_vertrouwenspersonen")).isNotNegative();
        assertThat(rij.waarde("gesprekken_vertrouwenspersonen")).isNull();
    }

    @Test
    void eenKengetalOnderNulIsEenFoutEnHerkenningSluitAndereFormulierenUit() throws IOException {
        ValidatieResultaat negatief = validator.valideer(bestand("onderdeel,risicofuncties\nLogius,-3\n"), "BZK", 2025, ontvanger);
        assertThat(negatief.bevindingen()).extracting(Bevinding::code).containsExactly(BevindingCode.WAARDE_ONGELDIG);
        // a kengetallen column beside categorie: an incidents file with an unknown column, not two forms
        ValidatieResultaat incidenten = validator.valideer(bestand("onderdeel,categorie,klachten\nLogius,g,1\n"), "BZK", 2025, ontvanger);
        assertThat(incidenten.formulier()).isEqualTo("incidenten");
        assertThat(incidenten.bevindingen()).extracting(Bevinding::code).containsExactly(BevindingCode.KOLOM_ONBEKEND);
        ValidatieResultaat personeel = validator.valideer(bestand("onderdeel,aantal_medewerkers,aantal_nevenwerkzaamheden,gesprekken\n"
                + "Logius,800,20,4\n"), "BZK", 2025, ontvanger);
        assertThat(personeel.formulier()).isEqualTo("personeel");
    }

    @Test
    void deLaderVultOpKolomnaamNietOpPositie() throws IOException, SQLException {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            // a raw table whose columns are in another order than the definition (e.g. created by an older release)
            warehouse.execute("CREATE TABLE kengetallen_ruw (geschenken_aangenomen BIGINT, klachten_ongewenste_omgangsvormen BIGINT, "
                    + "regel BIGINT NOT NULL, onderdeel VARCHAR NOT NULL, versie_id BIGINT NOT NULL, risicofuncties BIGINT, "
                    + "meldingsplichtigen BIGINT, ontheffingen BIGINT, vertrouwenspersonen BIGINT, externe_vertrouwenspersonen BIGINT, "
                    + "gesprekken_vertrouwenspersonen BIGINT, geschenken_aangeboden BIGINT)");
            RuweTabellen.maak(warehouse, FORMULIEREN); // exists: left as it is
            Path f = bestand("risicofuncties;onderdeel;geschenken_aangenomen;geschenken_aangeboden\n12;Logius;1;3\n;ACM;0;\n");
            try (WarehouseLader lader = new WarehouseLader(warehouse.connection().unwrap(DuckDBConnection.class), 7)) {
                assertThat(validator.valideer(f, "BZK", 2025, lader).geaccepteerd()).isTrue();
            }
            try (Statement st = warehouse.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT versie_id, regel, onderdeel, risicofuncties, geschenken_aangeboden, "
                         + "geschenken_aangenomen, klachten_ongewenste_omgangsvormen FROM kengetallen_ruw ORDER BY regel")) {
                List<String> gelezen = new ArrayList<>();
                while (rs.next()) {
                    gelezen.add(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getString(3) + "|" + rs.getObject(4) + "|"
                            + rs.getObject(5) + "|" + rs.getObject(6) + "|" + rs.getObject(7));
                }
                assertThat(gelezen).containsExactly("7|2|Logius|12|3|1|null", "7|3|ACM|null|null|0|null");
            }
        }
    }

    /**
     * The loaders of one ingestion share what they read of the catalogue ({@link WarehouseLader.Kolommen}); after
     * {@code vergeet} (the start of every ingestion) a raw table made again with its columns in another order is
     * filled by the new order, not the remembered one.
     */
    @Test
    void gedeeldeKolommenWordenPerInnameOpnieuwGelezen() throws IOException, SQLException {
        try (Warehouse warehouse = Warehouse.inMemory()) {
            DuckDBConnection c = warehouse.connection().unwrap(DuckDBConnection.class);
            WarehouseLader.Kolommen kolommen = new WarehouseLader.Kolommen();
            RuweTabellen.maak(warehouse, FORMULIEREN);
            Path eerste = bestand("risicofuncties;onderdeel\n12;Logius\n");
            Path tweede = bestand("risicofuncties;onderdeel\n5;ACM\n");
            for (long versie : new long[] {1, 2}) {
                try (WarehouseLader lader = new WarehouseLader(c, versie, new java.util.HashSet<>(), kolommen)) {
                    assertThat(validator.valideer(versie == 1 ? eerste : tweede, "BZK", 2025, lader).geaccepteerd()).isTrue();
                }
            }
            // made again, onderdeel and risicofuncties swapped in place, as an older release might have left it
            warehouse.execute("DROP TABLE kengetallen_ruw");
            warehouse.execute("CREATE TABLE kengetallen_ruw (versie_id BIGINT NOT NULL, regel BIGINT NOT NULL, "
                    + "risicofuncties BIGINT, onderdeel VARCHAR NOT NULL)");
            kolommen.vergeet();
            try (WarehouseLader lader = new WarehouseLader(c, 3, new java.util.HashSet<>(), kolommen)) {
                assertThat(validator.valideer(bestand("risicofuncties;onderdeel\n7;DGOO\n"), "BZK", 2025, lader).geaccepteerd())
                        .isTrue();
            }
            try (Statement st = warehouse.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT versie_id, onderdeel, risicofuncties FROM kengetallen_ruw")) {
                List<String> gelezen = new ArrayList<>();
                while (rs.next()) {
                    gelezen.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getObject(3));
                }
                assertThat(gelezen).containsExactly("3|DGOO|7");
            }
        }
    }

    private Path bestand(String inhoud) throws IOException {
        Path f = Files.createTempFile(tmp, "k", ".csv");
        return Files.writeString(f, inhoud, StandardCharsets.UTF_8);
    }
}
