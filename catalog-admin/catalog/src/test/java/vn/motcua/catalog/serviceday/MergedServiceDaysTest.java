package vn.motcua.catalog.serviceday;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.serviceday.ServiceDayDraft.Covered;

import java.time.DayOfWeek;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MergedServiceDaysTest {

    private static final Covered BIRTH = new Covered("Hộ tịch", "Đăng ký khai sinh", "1.001193");
    private static final Covered DEATH = new Covered("Hộ tịch", "Đăng ký khai tử", null);

    @Test
    void identical_days_are_copied_once_with_every_unit_that_held_them() {
        ServiceDayDraft a = day("Ngày dịch vụ công trực tuyến", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH, DEATH);
        // the same day as the other commune typed it: procedures in another order, a name without diacritics, another title
        ServiceDayDraft b = day("Thứ Ba trực tuyến", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE,
                new Covered(null, "Dang ky khai tu", null), BIRTH);
        ServiceDayDraft friday = day("Ngày không viết - không hẹn", DayOfWeek.FRIDAY, ServiceDayMode.SAME_DAY, BIRTH);

        MergedServiceDays.Result r = MergedServiceDays.intoNew(List.of(
                new MergedServiceDays.UnitDay("Xã A", a), new MergedServiceDays.UnitDay("Xã B", b), new MergedServiceDays.UnitDay("Xã B", friday)));

        assertThat(r.copied()).extracting(c -> c.day().name(), MergedServiceDays.Carried::units).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Ngày dịch vụ công trực tuyến", List.of("Xã A", "Xã B")),
                org.assertj.core.groups.Tuple.tuple("Ngày không viết - không hẹn", List.of("Xã B")));
        assertThat(r.crowdedDays()).isEmpty();
    }

    @Test
    void different_days_on_one_weekday_are_all_copied_and_listed_for_a_decision() {
        ServiceDayDraft online = day("Trực tuyến", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH);
        ServiceDayDraft sameDay = day("Không hẹn", DayOfWeek.TUESDAY, ServiceDayMode.SAME_DAY, BIRTH);
        ServiceDayDraft more = day("Trực tuyến mở rộng", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH, DEATH);

        MergedServiceDays.Result r = MergedServiceDays.intoNew(List.of(new MergedServiceDays.UnitDay("Xã A", online),
                new MergedServiceDays.UnitDay("Xã B", sameDay), new MergedServiceDays.UnitDay("Xã C", more)));

        assertThat(r.copied()).hasSize(3);
        assertThat(r.crowdedDays()).containsOnlyKeys(DayOfWeek.TUESDAY);
        assertThat(r.crowdedDays().get(DayOfWeek.TUESDAY)).containsExactly("Trực tuyến", "Không hẹn", "Trực tuyến mở rộng");
    }

    @Test
    void merged_into_one_of_them_its_plan_stays_and_the_others_days_are_listed() {
        ServiceDayDraft own = day("Trực tuyến", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH);
        ServiceDayDraft same = day("Thứ Ba", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH);
        ServiceDayDraft other = day("Không hẹn", DayOfWeek.FRIDAY, ServiceDayMode.SAME_DAY, BIRTH);

        MergedServiceDays.Result r = MergedServiceDays.intoExisting(List.of(own),
                List.of(new MergedServiceDays.UnitDay("Xã B", same), new MergedServiceDays.UnitDay("Xã B", other)));

        assertThat(r.copied()).isEmpty();
        assertThat(r.held()).extracting(c -> c.day().name()).containsExactly("Thứ Ba");
        assertThat(r.notCarried()).extracting(c -> c.day().name()).containsExactly("Không hẹn");
    }

    @Test
    void a_different_mode_or_procedure_makes_another_day() {
        ServiceDayDraft a = day("A", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH);
        assertThat(MergedServiceDays.identical(a, day("B", DayOfWeek.TUESDAY, ServiceDayMode.SAME_DAY, BIRTH))).isFalse();
        assertThat(MergedServiceDays.identical(a, day("B", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH, DEATH))).isFalse();
        assertThat(MergedServiceDays.identical(a, day("B", DayOfWeek.WEDNESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH))).isFalse();
        assertThat(MergedServiceDays.identical(a, day("B", DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE, BIRTH))).isTrue();
    }

    private static ServiceDayDraft day(String name, DayOfWeek weekday, ServiceDayMode mode, Covered... procedures) {
        return new ServiceDayDraft(name, weekday, mode, null, List.of(procedures));
    }
}
