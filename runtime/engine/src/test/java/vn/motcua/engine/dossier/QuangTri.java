package vn.motcua.engine.dossier;

import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.EffectiveProcedure;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.exchange.ReferenceCatalogReader;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.tenants.calendar.VietnamHolidays;
import vn.motcua.tenants.calendar.WorkingCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

/**
 * Quảng Trị's decision 71/QĐ-UBND as the catalog ships it ({@code reference/quang-tri-ldtbxh-2024.yaml},
 * read by the catalog's own reader), adopted whole by Huyện Hải Lăng and Xã Hải Quế, with their
 * calendars: Vietnam's statutory holidays of 2026–2027 (Hùng Kings on Sunday 26 April 2026 with
 * Monday 27 in lieu, 30 April and 1 May, National Day 1–2 September), and for Hải Quế one local day
 * off, Tuesday 19 May 2026, that the district does not have.
 */
final class QuangTri {

    static final String HAI_LANG = "hai-lang";
    static final String HAI_QUE = "hai-que";

    static final String VISIT = "Thăm viếng mộ liệt sĩ";
    static final String MONTHLY_ALLOWANCE = "1.001776.000.00.00.H50";
    static final String FUNERAL_SUPPORT = "1.001731.000.00.00.H50";
    static final String POOR_HOUSEHOLD = "1.011607.H50";
    static final String ESCAPED_POVERTY = "1.011608.H50";

    static final LocalDate HAI_QUE_DAY_OFF = LocalDate.of(2026, 5, 19);
    static final RoutePin PIN = new RoutePin(71, 12L, 3);

    private static final WorkingCalendar NATIONAL = WorkingCalendar.vietnam(2026, 2027);
    private static final WorkingCalendar HAI_QUE_CALENDAR = WorkingCalendar.builder()
            .holidaySchedule(VietnamHolidays.forYear(2026))
            .holidaySchedule(VietnamHolidays.forYear(2027))
            .localDaysOff(Set.of(HAI_QUE_DAY_OFF))
            .build();

    static final Calendars CALENDARS = tenant -> HAI_QUE.equals(tenant) ? HAI_QUE_CALENDAR : NATIONAL;

    private QuangTri() {
    }

    static CatalogVersion decision71() {
        try (InputStream in = QuangTri.class.getClassLoader().getResourceAsStream("reference/quang-tri-ldtbxh-2024.yaml")) {
            return ReferenceCatalogReader.read("quang-tri", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The procedure of {@code codeOrName} as {@code tenant} offers it, adopting the whole decision. */
    static EffectiveProcedure effective(CatalogVersion version, String tenant, String codeOrName) {
        ProcedureKey key = codeOrName.matches("[0-9.]+H50") ? ProcedureKey.ofCode(codeOrName) : ProcedureKey.ofName(codeOrName);
        return EffectiveCatalog.compute(version, Adoption.all(tenant)).procedure(key).orElseThrow();
    }

    /** The route of a dossier received at Hải Quế: commune steps Hải Quế's, district steps Hải Lăng's. */
    static Route atHaiQue(String codeOrName) {
        return Route.snapshot(effective(decision71(), HAI_QUE, codeOrName), PIN,
                HandlingTenants.receivedAt(HAI_QUE).level(AdministrativeLevel.COMMUNE, HAI_QUE)
                        .level(AdministrativeLevel.DISTRICT, HAI_LANG).build());
    }

    /** The route of a district procedure received at Hải Lăng's desk. */
    static Route atHaiLang(String codeOrName) {
        return Route.snapshot(effective(decision71(), HAI_LANG, codeOrName), PIN,
                HandlingTenants.all(HAI_LANG, AdministrativeLevel.DISTRICT));
    }

    /** {@code local} ("2026-04-24T09:00") on Vietnam's clock. */
    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    static Actor haiQue(String user, String role) {
        return Actor.staff(user, HAI_QUE, role);
    }

    static Actor haiLang(String user, String role) {
        return Actor.staff(user, HAI_LANG, role);
    }
}
