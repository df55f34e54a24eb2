package vn.motcua.catalog.serviceday;

import java.time.DayOfWeek;

/** A weekly service day as a filter offers it: whose it is, its name and weekday. */
public record ServiceDayChoice(long id, String tenantId, String tenantName, String name, DayOfWeek weekday) {
}
