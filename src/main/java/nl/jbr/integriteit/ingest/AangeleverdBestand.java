package nl.jbr.integriteit.ingest;

import java.nio.file.Path;

/** A regular file found at input/&lt;ministerie&gt;/&lt;jaar&gt;/&lt;bestandsnaam&gt;. */
public record AangeleverdBestand(String ministerie, int jaar, String bestandsnaam, Path pad) {

    /** The path as a coordinator would write it, for logs and messages. */
    public String weergave() {
        return ministerie + "/" + jaar + "/" + bestandsnaam;
    }
}
