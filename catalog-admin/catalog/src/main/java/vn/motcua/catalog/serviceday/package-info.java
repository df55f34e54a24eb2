/**
 * A tenant desk's weekly service days (e.g. Phường 5's Tuesday online service day and Friday "no
 * writing, no appointment" day) and the procedures each covers: the stored
 * {@link vn.motcua.catalog.serviceday.ServiceDay}, the {@link vn.motcua.catalog.serviceday.ServiceDayDraft}
 * an admin edits with its rules, the reader of a plan transcribed as YAML, and what becomes of the
 * days of communes or wards merged into one ({@link vn.motcua.catalog.serviceday.MergedServiceDays}).
 * Stored and read by {@link vn.motcua.catalog.service.ServiceDayService}.
 */
package vn.motcua.catalog.serviceday;
