package vn.motcua.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers dossiers per tenant and day: {@code HAI-LANG-261123-0007} is Hải Lăng's 7th dossier of
 * 23/11/2026. The counter is advanced by one atomic statement, so concurrent receptions on several
 * servers never share a number.
 */
@ApplicationScoped
public class DossierCodes {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public String next(EntityManager em, String tenantId, Instant at) {
        LocalDate day = LocalDate.ofInstant(at, VIETNAM);
        em.createNativeQuery("""
                        INSERT INTO dossier_sequence (tenant_id, day, last_value) VALUES (?1, ?2, LAST_INSERT_ID(1))
                        ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)""")
                .setParameter(1, tenantId)
                .setParameter(2, day)
                .executeUpdate();
        Number value = (Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult();
        return "%s-%s-%04d".formatted(tenantId.toUpperCase(Locale.ROOT), DAY.format(day), value.intValue());
    }
}
