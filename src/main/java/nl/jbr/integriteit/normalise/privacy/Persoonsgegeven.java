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
    POSTCODE("postcode"),
    PERSOONSNAAM("persoonsnaam"),
    GEBOORTEDATUM("geboortedatum"),
    KENTEKEN("kenteken"),
    IDENTITEITSBEWIJS("nummer van een paspoort, identiteitskaart, rijbewijs of verblijfsdocument"),
    URL("profiel of webadres van een persoon"),
    SOCIALE_MEDIA("account op sociale media"),
    PERSONEELSNUMMER("personeelsnummer of gebruikersnaam"),
    FUNCTIE("functie die maar één persoon heeft"),
    /**
     * Not personal data itself but a disguise: Excel's {@code _xHHHH_} escape ({@code _x0040_} is '@'). A text
     * that holds one is never published, whatever it decodes to.
     */
    EXCEL_CODERING("Excel-code zoals _x0040_ in de tekst");

    private final String omschrijving;

    Persoonsgegeven(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** Dutch label for use in a finding message, e.g. "e-mailadres". */
    public String omschrijving() {
        return omschrijving;
    }
}
