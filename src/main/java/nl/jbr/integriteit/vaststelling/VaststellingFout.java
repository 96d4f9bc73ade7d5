package nl.jbr.integriteit.vaststelling;

/** A vaststelling that cannot be made; the message is one Dutch sentence for the operator. */
public final class VaststellingFout extends RuntimeException {

    public VaststellingFout(String zin) {
        super(zin);
    }
}
