package vn.motcua.tenants.calendar;

import vn.motcua.tenants.problem.InvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The national notice every province inherits, and a province's own decision that wins over it. */
class NationalNoticeTest {

    private static final HolidayDecision NOTICE_2025 = new HolidayDecision(2025, Set.of(LocalDate.of(2025, 1, 27)), Set.of(),
            LocalDate.of(2025, 9, 1), "6150/TB-LĐTBXH", LocalDate.of(2024, 12, 6));

    @Test
    void every_province_and_commune_inherits_the_national_notice() {
        InheritedCalendar commune = InheritedCalendar.of(List.of(NOTICE_2025),
                List.of(CalendarSettings.none("province"), CalendarSettings.none("commune")));

        assertThat(commune.origin(2025)).isEqualTo(DecisionOrigin.NATIONAL_NOTICE);
        assertThat(commune.decision(2025).value().noticeNumber()).isEqualTo("6150/TB-LĐTBXH");
        assertThat(commune.decision(2025).tenantId()).isNull();
        assertThat(commune.daysOf(2025)).contains(
                new CalendarDay(LocalDate.of(2025, 1, 27), CalendarDay.Kind.DECISION_DAY_OFF, null, null, null));
        assertThat(commune.workingCalendar(2025, 2025).isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        // the notice spans Tết over both weekends: no day in lieu on Monday 3 February
        assertThat(commune.workingCalendar(2025, 2025).isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        assertThat(commune.origin(2026)).isEqualTo(DecisionOrigin.STATUTORY);
    }

    @Test
    void a_provinces_own_decision_wins_over_the_notice_for_it_and_below() {
        HolidayDecision own = new HolidayDecision(2025, Set.of(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 3, 26)), Set.of(),
                LocalDate.of(2025, 9, 1), "55/QĐ-UBND", null);
        InheritedCalendar commune = InheritedCalendar.of(List.of(NOTICE_2025), List.of(
                new CalendarSettings("province", null, null, List.of(), List.of(own)), CalendarSettings.none("commune")));
        InheritedCalendar elsewhere = InheritedCalendar.of(List.of(NOTICE_2025), List.of(CalendarSettings.none("other")));

        assertThat(commune.origin(2025)).isEqualTo(DecisionOrigin.PROVINCIAL_DECISION);
        assertThat(commune.decision(2025)).isEqualTo(new Sourced<>(own, "province"));
        assertThat(commune.workingCalendar(2025, 2025).isWorkingDay(LocalDate.of(2025, 3, 26))).isFalse();
        assertThat(elsewhere.workingCalendar(2025, 2025).isWorkingDay(LocalDate.of(2025, 3, 26))).isTrue();
    }

    @Test
    void a_national_notice_needs_its_number_and_the_rules_of_a_decision() {
        List<CalendarProblem> problems = CalendarRules.nationalNotice(2025, " ", LocalDate.of(2025, 9, 2),
                Set.of(), Set.of(LocalDate.of(2025, 3, 5)));

        assertThat(problems).extracting(CalendarProblem::kind).containsExactlyInAnyOrder(
                CalendarProblem.Kind.NOTICE_NUMBER_MISSING, CalendarProblem.Kind.COMPANION_INVALID,
                CalendarProblem.Kind.MAKE_UP_NOT_WEEKEND);
        assertThat(problems).extracting(CalendarProblem::field).contains("noticeNumber", "companion", "makeUpDays");
        assertThatThrownBy(() -> CalendarRules.toNationalNotice(2025, null, null, LocalDate.of(2025, 9, 1), Set.of(), Set.of()))
                .isInstanceOf(InvalidInput.class);
        assertThat(CalendarRules.toNationalNotice(2025, " 6150/TB-LĐTBXH ", LocalDate.of(2024, 12, 6),
                LocalDate.of(2025, 9, 1), Set.of(LocalDate.of(2025, 1, 27)), Set.of())).isEqualTo(NOTICE_2025);
    }
}
