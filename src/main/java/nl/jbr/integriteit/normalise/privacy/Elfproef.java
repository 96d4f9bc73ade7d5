package nl.jbr.integriteit.normalise.privacy;

/** The eleven-test (elfproef) of the burgerservicenummer. */
final class Elfproef {

    private Elfproef() {
    }

    /**
     * Whether nine digits form a valid BSN: {@code 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9}
     * is divisible by 11, and the number is not all zeros. An eight-digit number is read with a leading zero (BSNs
     * below 100000000 are often written without it).
     *
     * @param digits eight or nine ASCII digits, nothing else
     */
    static boolean isBsn(CharSequence digits) {
        int n = digits.length();
        if (n != 8 && n != 9) {
            return false;
        }
        int sum = 0;
        boolean allZero = true;
        for (int i = 0; i < n; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            allZero &= d == 0;
            int weight = n - i; // position from the right: 9..2 for the first digits, 1 for the last
            sum += weight == 1 ? -d : weight * d;
        }
        return !allZero && Math.floorMod(sum, 11) == 0;
    }
}
