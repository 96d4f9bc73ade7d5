package nl.jbr.integriteit.onthulling;

import java.nio.file.Path;
import java.util.List;

import nl.jbr.integriteit.uitvoer.Kopie;

/** The attack of {@link AanvalOpInvoer} on the example input: all six years, with the kengetallen from 2022. */
class AanvallerTest extends AanvalOpInvoer {

    @Override
    void vulInvoer(Path input) throws Exception {
        Kopie.map(Path.of("input"), input);
    }

    @Override
    List<Integer> jaren() {
        return List.of(2020, 2021, 2022, 2023, 2024, 2025);
    }
}
