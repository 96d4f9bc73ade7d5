package nl.jbr.integriteit.normalise.privacy;

/**
 * A kind of personal data that must never appear in a published free-text column. The declaration order
 * is the order in which {@link VrijeTekstScreening#screen(String)} reports them.
 */
public enum Persoonsgegeven {
    EMAILADRES("e-mailadres"),
    TELEFOONNUMMER("telefoonnummer"),
    IBAN("IBAN (bankrekeningnummer)"),
    BSN("burgerservicenummer (BSN)"),
    POSTCODE_HUISNUMMER("adres (postcode en huisnummer)"),
    PERSOONSNAAM("persoonsnaam");

    private final String omschrijving;

    Persoonsgegeven(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** Dutch label for use in a finding message, e.g. "e-mailadres". */
    public String omschrijving() {
        return omschrijving;
    }
}
