package vn.motcua.tenants.problem;

import org.junit.jupiter.api.Test;
import vn.motcua.tenants.admin.TenantRule;
import vn.motcua.tenants.calendar.CalendarProblem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One exception for every broken rule: each problem keeps its field, its translation key and its English text. */
class InvalidInputTest {

    @Test
    void the_field_errors_name_each_problems_field_with_its_english_text_in_order() {
        InvalidInput invalid = new InvalidInput(List.of(TenantRule.NAME_MISSING, TenantRule.PARENT_MISSING));

        assertThat(invalid.fieldErrors()).containsExactly(
                org.assertj.core.api.Assertions.entry("name", TenantRule.NAME_MISSING.message()),
                org.assertj.core.api.Assertions.entry("parentId", TenantRule.PARENT_MISSING.message()));
        assertThat(invalid.getMessage()).isEqualTo(TenantRule.NAME_MISSING.message());
    }

    @Test
    void two_problems_of_one_field_keep_both_texts() {
        InvalidInput invalid = new InvalidInput(List.of(FieldProblem.of("totalDays", "\"A\": the steps add up to 2"),
                FieldProblem.of("totalDays", "\"B\": the steps add up to 3")));

        assertThat(invalid.fieldErrors()).containsOnlyKeys("totalDays");
        assertThat(invalid.fieldErrors().get("totalDays")).contains("\"A\"", "\"B\"");
    }

    @Test
    void a_form_takes_the_problems_of_its_own_rule_set_and_their_translation_keys() {
        CalendarProblem overlap = new CalendarProblem(CalendarProblem.Kind.SESSIONS_OVERLAP, "sessions.1", List.of("11:30"),
                "the session starts before the one before it ends");
        InvalidInput invalid = new InvalidInput(List.of(overlap, FieldProblem.of("body", "unreadable")));

        assertThat(invalid.problems(CalendarProblem.class)).containsExactly(overlap);
        assertThat(overlap.messageKey()).isEqualTo("calendar.problem.SESSIONS_OVERLAP");
        assertThat(TenantRule.ID_TAKEN.messageKey()).isEqualTo("tenant.rule.ID_TAKEN");
        assertThat(invalid.problems().get(1).messageKey()).as("an English text only").isNull();
    }

    @Test
    void an_invalid_input_names_at_least_one_problem() {
        assertThatThrownBy(() -> new InvalidInput("nothing", List.<BrokenRule>of())).isInstanceOf(IllegalArgumentException.class);
    }
}
