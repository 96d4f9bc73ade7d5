package nl.jbr.integriteit.opdracht;

/** Exit codes of the command line. */
public final class Uitgang {
    /** run: succeeded (rejected files are a normal outcome); validate: the file would be accepted. */
    public static final int OK = 0;
    /** run: the run itself failed; validate: the file would be rejected. */
    public static final int MISLUKT = 1;
    /** The command line could not be understood. */
    public static final int GEBRUIK = 2;
    /** run: another run holds the data directory; nothing was done. */
    public static final int BEZET = 3;

    private Uitgang() {
    }
}
