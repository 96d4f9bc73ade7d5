package nl.jbr.integriteit.onthulling;

/**
 * The values of a suppressed cell consistent with everything published: {@code [min, max]}, {@code max}
 * {@link Double#POSITIVE_INFINITY} when nothing bounds it from above.
 */
public record Interval(double min, double max) {

    /** Tolerance of the floating-point LP solutions: intervals are whole-number sums in exact arithmetic. */
    static final double EPSILON = 1e-6;

    public double breedte() {
        return max - min;
    }

    /** Contract 8: the interval is at least {@code drempel} wide and reaches {@code drempel}. */
    public boolean beschermt(int drempel) {
        return max >= drempel - EPSILON && breedte() >= drempel - EPSILON;
    }
}
