package nl.jbr.integriteit.normalise.privacy;
public enum Persoonsgegeven { EMAILADRES, TELEFOONNUMMER, IBAN, BSN, POSTCODE_HUISNUMMER, PERSOONSNAAM; public String omschrijving(){ return name().toLowerCase(); } }
