package vn.motcua.catalog.serviceday;

import vn.motcua.catalog.exchange.YamlDocuments;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a desk's service-day plan (the layout of {@code reference/ward5-service-days.yaml}). */
public final class ServiceDayReader {

    private ServiceDayReader() {
    }

    @SuppressWarnings("unchecked")
    public static List<ServiceDay> read(String tenantId, InputStream yaml) {
        Map<String, Object> doc = YamlDocuments.load(yaml);
        List<ServiceDay> days = new ArrayList<>();
        for (Map<String, Object> d : (List<Map<String, Object>>) doc.get("service_days")) {
            DayOfWeek weekday = DayOfWeek.valueOf(d.get("weekday").toString());
            String name = d.get("name").toString();
            ServiceDayMode mode = ServiceDayMode.valueOf(d.get("mode").toString());
            ServiceDay day = new ServiceDay(tenantId, name, weekday, mode, d.get("behaviour").toString().trim());
            Map<String, List<String>> byField = (Map<String, List<String>>) d.get("procedures");
            byField.forEach((field, names) -> names.forEach(n -> day.cover(field, n)));
            days.add(day);
        }
        return days;
    }
}
