package nl.jbr.integriteit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Issue 23 item 6: a missing tool skips a test on a developer's machine and fails it under CI=true. */
class GereedschapTest {

    @Test
    void aanwezigGereedschapLaatDeTestDoorgaan() {
        assertThatCode(() -> Gereedschap.vereist(true, "chromium ontbreekt", Map.of("CI", "true"))).doesNotThrowAnyException();
        assertThatCode(() -> Gereedschap.vereist(true, "chromium ontbreekt", Map.of())).doesNotThrowAnyException();
    }

    @Test
    void ontbrekendGereedschapSlaatDeTestOverBijEenOntwikkelaar() {
        assertThatThrownBy(() -> Gereedschap.vereist(false, "chromium ontbreekt", Map.of()))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("chromium ontbreekt");
        assertThatThrownBy(() -> Gereedschap.vereist(false, "chromium ontbreekt", Map.of("CI", "false")))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Gereedschap.vereist(false, "chromium ontbreekt", Map.of("CI", "")))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void ontbrekendGereedschapLaatDeTestFalenOnderCi() {
        assertThatThrownBy(() -> Gereedschap.vereist(false, "chromium ontbreekt", Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("chromium ontbreekt").hasMessageContaining("CI=true");
        assertThatThrownBy(() -> Gereedschap.vereist(false, "vnu.jar ontbreekt", Map.of("CI", "TRUE")))
                .isInstanceOf(AssertionFailedError.class);
    }
}
