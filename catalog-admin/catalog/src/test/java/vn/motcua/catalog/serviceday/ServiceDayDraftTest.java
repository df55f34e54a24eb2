package vn.motcua.catalog.serviceday;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.serviceday.ServiceDayDraft.Covered;
import vn.motcua.catalog.serviceday.ServiceDayProblem.Kind;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ServiceDayDraftTest {

    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    @Test
    void phuong_5s_two_days_are_valid_as_they_stand_and_survive_an_edit_unchanged() throws Exception {
        List<ServiceDay> days;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/ward5-service-days.yaml")) {
            days = ServiceDayReader.read("phuong-5", in);
        }
        for (ServiceDay day : days) {
            ServiceDayDraft draft = day.toDraft();
            assertThat(draft.problems(MONDAY_TO_FRIDAY)).as(day.name()).isEmpty();
            ServiceDay copy = new ServiceDay("phuong-5", draft);
            assertThat(copy.toDraft()).isEqualTo(draft);
        }
        assertThat(days.get(1).toDraft().procedures())
                .contains(new Covered("Người có công", "Thủ tục ủy quyền hưởng trợ cấp, phụ cấp ưu đãi", null));
    }

    @Test
    void a_day_needs_a_name_a_mode_and_a_working_weekday_of_the_tenant() {
        ServiceDayDraft saturday = new ServiceDayDraft(" ", DayOfWeek.SATURDAY, null, null, List.of());

        assertThat(saturday.problems(MONDAY_TO_FRIDAY)).extracting(ServiceDayProblem::kind, ServiceDayProblem::field)
                .containsExactly(tuple(Kind.NAME_MISSING, "name"), tuple(Kind.WEEKDAY_NOT_WORKING, "weekday"),
                        tuple(Kind.MODE_MISSING, "mode"));
        Set<DayOfWeek> withSaturdayMorning = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(new ServiceDayDraft("Sáng thứ Bảy", DayOfWeek.SATURDAY, ServiceDayMode.SAME_DAY, null, List.of())
                .problems(withSaturdayMorning)).isEmpty();
    }

    @Test
    void a_procedure_is_covered_at_most_once_by_code_or_by_name_diacritics_aside() {
        ServiceDayDraft day = new ServiceDayDraft("Ngày không viết - không hẹn", DayOfWeek.FRIDAY, ServiceDayMode.SAME_DAY, null, List.of(
                new Covered("Bảo trợ xã hội", "Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", "1.001731.000.00.00.H50"),
                new Covered("Hộ tịch", "Đăng ký khai tử", null),
                new Covered(null, "dang ky khai tu", null),
                new Covered(null, "Hỗ trợ mai táng phí", "1.001731.000.00.00.H50"),
                new Covered("Hộ tịch", "  ", null)));

        assertThat(day.problems(MONDAY_TO_FRIDAY)).extracting(ServiceDayProblem::kind, ServiceDayProblem::field)
                .containsExactly(tuple(Kind.PROCEDURE_DUPLICATE, "procedures.2"), tuple(Kind.PROCEDURE_DUPLICATE, "procedures.3"),
                        tuple(Kind.PROCEDURE_NAME_MISSING, "procedures.4"));
    }
}
