package vn.motcua.tenants.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDaysTest {

    @Test
    void holdsBudgetsAsQuarters() {
        assertThat(WorkingDays.of("1.5").quarters()).isEqualTo(6);
        assertThat(WorkingDays.of("0.25").quarters()).isEqualTo(1);
        assertThat(WorkingDays.of(new BigDecimal("5.50")).quarters()).isEqualTo(22);
        assertThat(WorkingDays.of(0.75).quarters()).isEqualTo(3);
        assertThat(WorkingDays.ofDays(22).quarters()).isEqualTo(88);
    }

    @Test
    void printsAsDecisionsWriteBudgets() {
        assertThat(WorkingDays.of("1.5")).hasToString("1.5");
        assertThat(WorkingDays.of("0.25")).hasToString("0.25");
        assertThat(WorkingDays.of("3")).hasToString("3");
        assertThat(WorkingDays.of("3.00")).hasToString("3");
        assertThat(WorkingDays.ZERO).hasToString("0");
        assertThat(WorkingDays.ofDays(365)).hasToString("365");
    }

    @Test
    void convertsBackToDecimal() {
        assertThat(WorkingDays.of("1.5").toBigDecimal()).isEqualByComparingTo("1.5");
        assertThat(WorkingDays.of("0.25").toBigDecimal()).isEqualByComparingTo("0.25");
    }

    @Test
    void addsAndSubtracts() {
        // Quảng Trị 71/QĐ-UBND: 0.5 + 5.5 + 0.5 + 0.5 = 7
        WorkingDays total = WorkingDays.of("0.5").plus(WorkingDays.of("5.5"))
                .plus(WorkingDays.of("0.5")).plus(WorkingDays.of("0.5"));
        assertThat(total).isEqualTo(WorkingDays.ofDays(7));
        assertThat(total.minus(WorkingDays.of("6.75"))).isEqualTo(WorkingDays.of("0.25"));
        assertThatThrownBy(() -> WorkingDays.of("1").minus(WorkingDays.of("1.25")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesAndEquatesByValue() {
        assertThat(WorkingDays.of("1.50")).isEqualTo(WorkingDays.of(1.5)).hasSameHashCodeAs(WorkingDays.of("1.5"));
        assertThat(WorkingDays.of("0.75")).isLessThan(WorkingDays.of("1"));
        assertThat(WorkingDays.of("0").isZero()).isTrue();
        assertThat(WorkingDays.of("0.25").isZero()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.1", "0.3", "1.2", "0.125", "2.33"})
    void refusesBudgetsThatAreNotWholeQuarters(String days) {
        assertThatThrownBy(() -> WorkingDays.of(days))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("multiple of a quarter day (0.25)")
                .hasMessageContaining(days);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.25"})
    void refusesNegativeBudgets(String days) {
        assertThatThrownBy(() -> WorkingDays.of(days))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThatThrownBy(() -> WorkingDays.of("một")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("number");
        assertThatThrownBy(() -> WorkingDays.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.of((String) null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.of(0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.ofQuarters(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.of("1e12")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too large");
    }
}
