package nl.jbr.integriteit.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import nl.jbr.integriteit.uitvoer.ParallelTasks;

/**
 * {@link ParallelTasks}: results in submission order, and a failure is passed on only after every task has finished
 * (the year folder the scopes write in is deleted on failure; a scope still writing would find it gone; this is the
 * mistake {@code PublisherTest.failedRenderingLeavesThePreviousPublicationIntact} caught in issue 14).
 */
class ParallelTasksTest {

    @Test
    void resultsComeInSubmissionOrder() throws IOException {
        try (ParallelTasks<Integer> tasks = new ParallelTasks<>("test")) {
            for (int i = 0; i < 20; i++) {
                int n = i;
                tasks.submit(() -> {
                    Thread.sleep((20 - n) % 3); // finish out of order
                    return n * n;
                });
            }
            assertThat(tasks.awaitAll()).containsExactly(0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225,
                    256, 289, 324, 361);
        }
    }

    @Test
    void aFailureIsPassedOnAsThrownAfterEveryTaskFinished() {
        AtomicBoolean traagKlaar = new AtomicBoolean();
        try (ParallelTasks<String> tasks = new ParallelTasks<>("test")) {
            tasks.submit(() -> {
                throw new IOException("eerste");
            });
            tasks.submit(() -> {
                Thread.sleep(300);
                traagKlaar.set(true);
                return "traag";
            });
            tasks.submit(() -> {
                throw new IllegalStateException("tweede");
            });
            assertThatThrownBy(tasks::awaitAll).isInstanceOf(IOException.class).hasMessage("eerste");
            assertThat(traagKlaar).isTrue();
        }
    }
}
