package nl.jbr.integriteit.warehouse;

/** A failure of the warehouse itself (not of an input file): the run fails. */
public class WarehouseException extends RuntimeException {
    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
