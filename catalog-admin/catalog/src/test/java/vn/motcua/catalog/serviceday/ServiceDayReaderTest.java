package vn.motcua.catalog.serviceday;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDayReaderTest {

    @Test
    void reads_phuong_5s_two_service_days() throws Exception {
        List<ServiceDay> days;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("reference/ward5-service-days.yaml")) {
            days = ServiceDayReader.read("phuong-5", in);
        }
        assertThat(days).extracting(ServiceDay::weekday, ServiceDay::mode).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, ServiceDayMode.ASSISTED_ONLINE),
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.FRIDAY, ServiceDayMode.SAME_DAY));
        assertThat(days.get(0).procedures()).hasSize(19);
        assertThat(days.get(1).procedures()).hasSize(10);
        assertThat(days.get(0).procedures()).extracting(ServiceDay.Entry::procedureName).contains("Đăng ký khai sinh");
        assertThat(days.get(1).procedures()).extracting(ServiceDay.Entry::field).contains("Người có công", "Chứng thực", "Hộ tịch");
    }
}
