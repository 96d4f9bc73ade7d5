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
    POSTCODE_HUISNUMMER("adres (straat of postcode met huisnummer)"),
    PERSOONSNAAM("persoonsnaam"),
    GEBOORTEDATUM("geboortedatum"),
    KENTEKEN("kenteken"),
    URL("profiel of webadres van een persoon"),
    PERSONEELSNUMMER("personeelsnummer of gebruikersnaam"),
    FUNCTIE("functie die maar één persoon heeft");

    private final String omschrijving;

    Persoonsgegeven(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** Dutch label for use in a finding message, e.g. "e-mailadres". */
    public String omschrijving() {
        return omschrijving;
    }
}
