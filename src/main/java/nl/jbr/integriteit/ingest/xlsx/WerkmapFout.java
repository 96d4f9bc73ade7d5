package nl.jbr.integriteit.ingest.xlsx;

import nl.jbr.integriteit.feedback.FindingCode;

/**
 * A workbook that cannot be read, or that breaks a limit: the whole file is rejected with {@code melding}, a Dutch
 * sentence for the coordinator.
 */
public final class WerkmapFout extends Exception {

    private final FindingCode code;

    public WerkmapFout(FindingCode code, String melding) {
        super(melding, null, false, false);
        this.code = code;
    }

    public FindingCode code() {
        return code;
    }
}
