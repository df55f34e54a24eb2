package vn.motcua.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysFormatTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void vietnamese_writes_a_decimal_comma_english_a_point() {
        assertThat(WorkingDaysFormat.format(new BigDecimal("2.75"), VI)).isEqualTo("2,75");
        assertThat(WorkingDaysFormat.format(new BigDecimal("2.75"), EN)).isEqualTo("2.75");
        assertThat(WorkingDaysFormat.format(new BigDecimal("0.50"), VI)).isEqualTo("0,5");
        assertThat(WorkingDaysFormat.format(new BigDecimal("3.00"), VI)).isEqualTo("3");
    }

    @Test
    void whole_tens_are_written_without_an_exponent() {
        assertThat(WorkingDaysFormat.format(new BigDecimal("10.00"), VI)).isEqualTo("10");
        assertThat(WorkingDaysFormat.format(new BigDecimal("20"), EN)).isEqualTo("20");
    }

    @Test
    void no_days_is_an_empty_text() {
        assertThat(WorkingDaysFormat.format(null, VI)).isEmpty();
        assertThat(WorkingDaysFormat.parse("  ", VI)).isEqualTo(WorkingDaysFormat.Reading.EMPTY);
    }

    @Test
    void a_point_typed_on_a_vietnamese_screen_is_the_decimal_separator_not_lost() {
        assertThat(WorkingDaysFormat.parse("1.5", VI).days()).isEqualByComparingTo("1.5");
        assertThat(WorkingDaysFormat.parse("1,5", VI).days()).isEqualByComparingTo("1.5");
        assertThat(WorkingDaysFormat.parse("1,5", EN).days()).isEqualByComparingTo("1.5");
        assertThat(WorkingDaysFormat.parse("1.5", EN).days()).isEqualByComparingTo("1.5");
    }

    @Test
    void partial_numbers_read_as_typing_goes() {
        assertThat(WorkingDaysFormat.parse(",25", VI).days()).isEqualByComparingTo("0.25");
        assertThat(WorkingDaysFormat.parse("2,", VI).days()).isEqualByComparingTo("2");
        assertThat(WorkingDaysFormat.parse(" 1 ,5 ", VI).days()).isEqualByComparingTo("1.5");
    }

    @Test
    void a_sign_is_kept_for_the_rules_to_judge() {
        assertThat(WorkingDaysFormat.parse("-0,5", VI).days()).isEqualByComparingTo("-0.5");
        assertThat(WorkingDaysFormat.parse("+2", EN).days()).isEqualByComparingTo("2");
    }

    @Test
    void anything_else_is_unreadable_rather_than_dropped() {
        for (String typed : new String[]{"abc", "1.5.2", "1,000.5", "1,5,", ",", "-", "1e3", "2 ngày", "1234567"}) {
            assertThat(WorkingDaysFormat.parse(typed, VI).readable()).as(typed).isFalse();
            assertThat(WorkingDaysFormat.parse(typed, VI).days()).as(typed).isNull();
        }
    }

    @Test
    void what_is_written_reads_back_in_both_languages() {
        for (String days : new String[]{"0.25", "1.75", "12.5", "22", "100"}) {
            for (Locale locale : new Locale[]{VI, EN}) {
                BigDecimal value = new BigDecimal(days);
                assertThat(WorkingDaysFormat.parse(WorkingDaysFormat.format(value, locale), locale).days())
                        .isEqualByComparingTo(value);
            }
        }
    }
}
