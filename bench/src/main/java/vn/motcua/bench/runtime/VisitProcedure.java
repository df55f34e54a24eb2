package vn.motcua.bench.runtime;

import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.exchange.ReferenceCatalogReader;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.engine.dossier.Calendars;
import vn.motcua.engine.dossier.HandlingTenants;
import vn.motcua.engine.dossier.Route;
import vn.motcua.engine.dossier.RoutePin;
import vn.motcua.tenants.calendar.WorkingCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * "Thăm viếng mộ liệt sĩ" (71/QĐ-UBND A.1) as the catalog ships it (reference/quang-tri-ldtbxh-2024.yaml,
 * read by the catalog's own reader), adopted whole by Huyện Hải Lăng, which handles it: five steps staff
 * execute (reception 0.5 day, appraisal 1.5, signature 0.5, result to the desk 0.5, hand-over not counted).
 */
final class VisitProcedure {

    static final String NAME = "Thăm viếng mộ liệt sĩ";
    static final String HAI_LANG = "hai-lang";
    static final Calendars CALENDARS = Calendars.same(WorkingCalendar.vietnam(2026, 2027));

    private VisitProcedure() {
    }

    /** The route of a dossier received at Hải Lăng's desk, pinned to a nominal catalog version. */
    static Route route() {
        try (InputStream yaml = VisitProcedure.class.getResourceAsStream("/reference/quang-tri-ldtbxh-2024.yaml")) {
            if (yaml == null) {
                throw new IllegalStateException("reference/quang-tri-ldtbxh-2024.yaml is not on the classpath (catalog jar)");
            }
            var version = ReferenceCatalogReader.read("quang-tri", yaml);
            var procedure = EffectiveCatalog.compute(version, Adoption.all(HAI_LANG)).procedure(ProcedureKey.ofName(NAME))
                    .orElseThrow();
            return Route.snapshot(procedure, new RoutePin(71, null, 0),
                    HandlingTenants.all(HAI_LANG, AdministrativeLevel.DISTRICT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
