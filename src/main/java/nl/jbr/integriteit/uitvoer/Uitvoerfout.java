package nl.jbr.integriteit.uitvoer;

/** An operator error about the output folder whose message is one Dutch sentence for the operator. */
public final class Uitvoerfout extends RuntimeException {

    public Uitvoerfout(String zin, Throwable oorzaak) {
        super(zin, oorzaak);
    }
}
