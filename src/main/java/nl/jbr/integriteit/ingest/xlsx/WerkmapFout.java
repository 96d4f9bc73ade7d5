package nl.jbr.integriteit.ingest.xlsx;

import nl.jbr.integriteit.bevinding.BevindingCode;

/**
 * A workbook that cannot be read, or that breaks a limit: the whole file is rejected with {@code melding}, a Dutch
 * sentence for the coordinator.
 */
public final class WerkmapFout extends Exception {

    private final BevindingCode code;

    public WerkmapFout(BevindingCode code, String melding) {
        super(melding, null, false, false);
        this.code = code;
    }

    public BevindingCode code() {
        return code;
    }
}
