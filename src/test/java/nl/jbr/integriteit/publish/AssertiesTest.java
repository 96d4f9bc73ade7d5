package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.jbr.integriteit.schema.Formulieren;
import nl.jbr.integriteit.schema.SchemaSource;
import nl.jbr.integriteit.warehouse.MartBuilder;
import nl.jbr.integriteit.warehouse.ReferenceData;
import nl.jbr.integriteit.warehouse.SqlModels;
import nl.jbr.integriteit.warehouse.SqlQueries;
import nl.jbr.integriteit.warehouse.Warehouse;

/** The assertions beside the marts hold on correct marts and catch a wrong one before anything is published. */
class AssertiesTest {

    @TempDir
    Path tmp;

    Warehouse warehouse;
    MartBuilder marts;

    @BeforeEach
    void build() throws Exception {
        warehouse = new Warehouse(tmp.resolve("warehouse.duckdb"));
        new PublishFixture(warehouse).load();
        marts = new MartBuilder(new SqlModels("classpath:jobs/"),
                new ReferenceData(SchemaSource.embedded(), new SqlQueries("classpath:jobs/", SqlModels.JOB)),
                new Formulieren(SchemaSource.embedded()));
        marts.build(warehouse, 3);
    }

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void deAssertiesHoudenOpDeFixture() {
        assertThatCode(() -> marts.checkAssertions(warehouse)).doesNotThrowAnyException();
    }

    /** Issue 24: RIJK = the sum is derived from the definitions, so it covers every table that says so, not three. */
    @Test
    void ookDeKengetallenVanRijkZijnDeSomVanDeMinisteries() {
        warehouse.execute("UPDATE mart_nevenwerkzaamheden_per_onderdeel SET medewerkers = medewerkers + 1"); // no RIJK rule
        assertThatCode(() -> marts.checkAssertions(warehouse)).doesNotThrowAnyException();
        warehouse.execute("UPDATE mart_financiele_belangen_per_ministerie SET risicofuncties = coalesce(risicofuncties, 0) + 1 "
                + "WHERE ministerie_code = 'RIJK'");
        assertThatThrownBy(() -> marts.checkAssertions(warehouse)).hasMessageContaining("rijk_is_som")
                .hasMessageContaining("financiele_belangen_per_ministerie|");
    }

    @Test
    void eenRijkstotaalDatNietDeSomIsStoptDeRun() {
        // betrokkenen: no percentage is computed from it, so only the sum assertion can catch this
        warehouse.execute("UPDATE mart_meldingen_per_ministerie SET betrokkenen = betrokkenen + 1 WHERE ministerie_code = 'RIJK'");
        assertThatThrownBy(() -> marts.checkAssertions(warehouse)).hasMessageContaining("rijk_is_som").hasMessageContaining("meldingen_per_ministerie|2024|RIJK");
    }

    @Test
    void eenPercentageDatNietBijZijnTellingPastStoptDeRun() {
        // BZK 2024 categorie g: 6 of 16 = 37.5 %; 40.0 is wrong
        warehouse.execute("UPDATE mart_meldingen_per_categorie SET percentage = 40.0 WHERE jaar = 2024 AND scope = 'BZK' AND categorie_code = 'g'");
        assertThatThrownBy(() -> marts.checkAssertions(warehouse)).hasMessageContaining("percentages_passen_bij_tellingen");
    }

    @Test
    void eenDubbeleRijStoptDeRun() {
        warehouse.execute("INSERT INTO mart_uitkomst SELECT * FROM mart_uitkomst LIMIT 1");
        assertThatThrownBy(() -> marts.checkAssertions(warehouse)).hasMessageContaining("unieke_sleutel");
    }
}
