package nl.jbr.integriteit.ingest;

/**
 * Receives the valid rows of a file while it is validated. Rows arrive only as long as the file has
 * no {@code fout}; whether they are kept is decided when the whole file has been read.
 */
public interface RijOntvanger {

    void melding(MeldingRij rij);

    void personeel(PersoneelRij rij);

    /** Keeps nothing: for {@code validate}. */
    RijOntvanger NIETS = new RijOntvanger() {
        @Override
        public void melding(MeldingRij rij) {
        }

        @Override
        public void personeel(PersoneelRij rij) {
        }
    };
}
