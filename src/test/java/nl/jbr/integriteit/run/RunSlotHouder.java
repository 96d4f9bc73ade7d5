package nl.jbr.integriteit.run;

import java.nio.file.Path;

/** Test helper run as a separate JVM: holds the run slot of a data directory until its stdin closes. */
public final class RunSlotHouder {

    private RunSlotHouder() {
    }

    public static void main(String[] args) throws Exception {
        try (RunSlot slot = RunSlot.probeer(Path.of(args[0])).orElseThrow()) {
            System.out.println("VAST");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the slot until the parent closes our stdin (or kills us)
            }
        }
    }
}
