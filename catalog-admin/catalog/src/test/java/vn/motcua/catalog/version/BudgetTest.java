package vn.motcua.catalog.version;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BudgetTest {

    @Test
    void budgets_are_quarter_days() {
        assertThat(Budget.quartersOf(new BigDecimal("5.5"))).isEqualTo(22);
        assertThat(Budget.quartersOf(new BigDecimal("0.25"))).isEqualTo(1);
        assertThat(Budget.daysOf(7).toPlainString()).isEqualTo("1.75");
        assertThat(Budget.daysOf(12).toPlainString()).isEqualTo("3");
    }

    @Test
    void anything_finer_than_a_quarter_or_negative_is_refused() {
        assertThatThrownBy(() -> Budget.quartersOf(new BigDecimal("0.3"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Budget.quartersOf(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
