package nl.jbr.integriteit.opdracht;

import java.util.Map;

/**
 * A parsed command line (contract section 7): the command, its one positional argument (the file of
 * {@code validate}), and its options without the leading dashes.
 */
public record Opdracht(String commando, String argument, Map<String, String> opties) {

    public String optie(String naam) {
        return opties.get(naam);
    }

    public boolean heeft(String naam) {
        return opties.containsKey(naam);
    }
}
