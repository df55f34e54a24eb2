package vn.motcua.web;

import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.problem.BrokenRule;
import vn.motcua.tenants.problem.FieldProblem;
import vn.motcua.tenants.problem.InvalidInput;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A broken rule is shown next to the field bound to its key, in the user's language; what has no field comes back. */
class FieldErrorsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void each_problem_goes_to_the_field_bound_to_its_key_the_first_one_winning() {
        TextField name = new TextField();
        TextField amount = new TextField();
        FieldErrors errors = new FieldErrors(name);
        errors.bind("name", name);
        errors.bind(key -> key.equals("fees.2.amount") ? Optional.of(amount) : Optional.empty());

        List<BrokenRule> elsewhere = errors.show(new InvalidInput(List.of(FieldProblem.of("name", "the name is required"),
                FieldProblem.of("name", "at most 500 characters"), FieldProblem.of("fees.2.amount", "not a whole number"),
                FieldProblem.of("steps.9.actor", "no such step on screen"))));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("the name is required");
        assertThat(amount.getErrorMessage()).isEqualTo("not a whole number");
        assertThat(elsewhere).extracting(BrokenRule::field).containsExactly("steps.9.actor");

        errors.clear();
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void the_text_is_the_translation_filled_with_days_dates_and_weekdays_as_the_language_writes_them() {
        BrokenRule problem = new FieldProblem("steps.2.budget", "problem.X",
                List.of("2", new BigDecimal("1.50"), LocalDate.of(2026, 9, 2), DayOfWeek.SATURDAY), "English");

        String vi = FieldErrors.text(problem, VI, (key, args) -> key.startsWith("weekday.") ? "thứ Bảy" : key + Arrays.toString(args));
        String en = FieldErrors.text(problem, Locale.ENGLISH, (key, args) -> key.startsWith("weekday.") ? "Saturday" : key + Arrays.toString(args));

        assertThat(vi).isEqualTo("problem.X[2, 1,5, 02/09/2026, thứ Bảy]");
        assertThat(en).isEqualTo("problem.X[2, 1.5, 02/09/2026, Saturday]");
        assertThat(FieldErrors.text(FieldProblem.of("body", "is not valid JSON"), VI, (k, a) -> "?")).isEqualTo("is not valid JSON");
    }
}
