package nl.jbr.integriteit.run;

/** A year was not published because its disclosure audit failed; the message (Dutch) says which and why. */
final class PublicatieGeweigerd extends RuntimeException {

    PublicatieGeweigerd(String melding) {
        super(melding);
    }
}
