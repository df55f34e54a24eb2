package vn.motcua.bench;

import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.StepOverride;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.exchange.ReferenceCatalogReader;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Channels;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.catalog.version.StepDefinition;
import vn.motcua.catalog.version.StepOutcomes;
import vn.motcua.tenants.access.Role;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The national catalog the benchmark stands on: per province one published version of
 * {@code proceduresPerProvince} procedures, each a copy of one of the five procedures of decision
 * 71/QĐ-UBND (reference/quang-tri-ldtbxh-2024.yaml, ten steps on average with sub-steps, citizen
 * steps and uncounted steps) under a name of its own; one procedure in five bears a common real
 * name ("Đăng ký khai sinh — số 15"), so searches hit; each has the template's channels, postings
 * and outcomes, two documents and a fee. Each province has one commune that adopts
 * {@code adoptedPerCommune} of its procedures with {@code overridesPerCommune} step overrides.
 * Written with plain JDBC batches, explicit ids, in one transaction per province.
 */
final class SyntheticCatalog {

    /** The 34 provinces and centrally-run cities since 1 July 2025. */
    static final List<String> PROVINCES = List.of(
            "Thành phố Hà Nội", "Thành phố Huế", "Tỉnh Lai Châu", "Tỉnh Điện Biên", "Tỉnh Sơn La", "Tỉnh Lạng Sơn",
            "Tỉnh Quảng Ninh", "Tỉnh Thanh Hóa", "Tỉnh Nghệ An", "Tỉnh Hà Tĩnh", "Tỉnh Cao Bằng", "Tỉnh Tuyên Quang",
            "Tỉnh Lào Cai", "Tỉnh Thái Nguyên", "Tỉnh Phú Thọ", "Tỉnh Bắc Ninh", "Tỉnh Hưng Yên", "Thành phố Hải Phòng",
            "Tỉnh Ninh Bình", "Tỉnh Quảng Trị", "Thành phố Đà Nẵng", "Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Khánh Hòa",
            "Tỉnh Lâm Đồng", "Tỉnh Đắk Lắk", "Thành phố Hồ Chí Minh", "Tỉnh Đồng Nai", "Tỉnh Tây Ninh",
            "Thành phố Cần Thơ", "Tỉnh Vĩnh Long", "Tỉnh Đồng Tháp", "Tỉnh Cà Mau", "Tỉnh An Giang");

    /** Common procedures of the national database (name, field); four contain "Đăng ký khai sinh". */
    private static final String[][] COMMON = {
            {"Đăng ký khai sinh", "Hộ tịch"},
            {"Đăng ký kết hôn", "Hộ tịch"},
            {"Đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch"},
            {"Đăng ký khai tử", "Hộ tịch"},
            {"Đăng ký lại khai sinh", "Hộ tịch"},
            {"Cấp bản sao trích lục hộ tịch", "Hộ tịch"},
            {"Đăng ký khai sinh lưu động", "Hộ tịch"},
            {"Xác nhận tình trạng hôn nhân", "Hộ tịch"},
            {"Đăng ký thường trú", "Đăng ký, quản lý cư trú"},
            {"Đăng ký tạm trú", "Đăng ký, quản lý cư trú"},
            {"Đăng ký khai sinh kết hợp nhận cha, mẹ, con", "Hộ tịch"},
            {"Cấp giấy phép xây dựng nhà ở riêng lẻ", "Hoạt động xây dựng"},
            {"Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực"},
            {"Chứng thực chữ ký trong các giấy tờ, văn bản", "Chứng thực"},
            {"Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai"},
            {"Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", "Đất đai"},
            {"Đăng ký thành lập hộ kinh doanh", "Thành lập và hoạt động của hộ kinh doanh"},
            {"Giải quyết hưởng trợ cấp thất nghiệp", "Việc làm"},
            {"Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "Bảo hiểm y tế"},
            {"Đăng ký nhận cha, mẹ, con", "Hộ tịch"},
    };

    private static final int BATCH = 1000;

    private static final String LEGAL_BASIS = "Nghị định 61/2018/NĐ-CP; Nghị định 107/2021/NĐ-CP; Nghị định 45/2020/NĐ-CP";

    final int provinces;
    final int proceduresPerProvince;
    final int adoptedPerCommune;
    final int overridesPerCommune;
    private final List<Procedure> templates;

    private final List<String> provinceIds = new ArrayList<>();
    private final List<String> communeIds = new ArrayList<>();
    private final List<Adoption> adoptions = new ArrayList<>();
    private long stepRows;

    SyntheticCatalog(int provinces, int proceduresPerProvince, int adoptedPerCommune, int overridesPerCommune) {
        this.provinces = provinces;
        this.proceduresPerProvince = proceduresPerProvince;
        this.adoptedPerCommune = Math.min(adoptedPerCommune, proceduresPerProvince);
        this.overridesPerCommune = overridesPerCommune;
        try (InputStream yaml = SyntheticCatalog.class.getResourceAsStream("/reference/quang-tri-ldtbxh-2024.yaml")) {
            if (yaml == null) {
                throw new IllegalStateException("reference/quang-tri-ldtbxh-2024.yaml is not on the classpath (catalog jar)");
            }
            this.templates = ReferenceCatalogReader.read("template", yaml).procedures();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String provinceId(int i) {
        return provinceIds.get(i);
    }

    /** The id of province {@code i}'s published version (assigned by {@link #load}). */
    long versionId(int i) {
        return i + 1L;
    }

    String communeId(int i) {
        return communeIds.get(i);
    }

    Adoption adoption(int i) {
        return adoptions.get(i);
    }

    long stepRows() {
        return stepRows;
    }

    int templateCount() {
        return templates.size();
    }

    double stepsPerTemplate() {
        return templates.stream().mapToInt(p -> p.steps().size()).average().orElse(0);
    }

    /** Writes everything; {@code connection} should rewrite batches into multi-row inserts. */
    void load(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        long procedureId = 0;
        long adoptionId = 0;
        LocalDateTime publishedAt = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement tenant = connection.prepareStatement(
                "insert into tenant (id, name, kind, parent_id) values (?, ?, ?, ?)");
             PreparedStatement version = connection.prepareStatement("""
                     insert into catalog_version (id, tenant_id, title, decision_number, decision_date, effective_from,
                     replaces, status, published_at, revision) values (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 0)""");
             PreparedStatement procedure = connection.prepareStatement("""
                     insert into procedure_def (id, tenant_id, version_id, national_code, name, field, search_text,
                     handling_level, online_level, total_quarters, submission_channels, result_channels,
                     notification_channels, legal_basis) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement step = connection.prepareStatement("""
                     insert into step_definition (tenant_id, procedure_id, position, number, parent_number, actor_unit,
                     actor_role, content, budget_quarters, level, kind, posting_quarters, outcomes)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement document = connection.prepareStatement("""
                     insert into procedure_document (procedure_id, position, name, form, originals, copies, note)
                     values (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement fee = connection.prepareStatement(
                     "insert into procedure_fee (procedure_id, position, description, amount_vnd, legal_basis) values (?, ?, ?, ?, ?)");
             PreparedStatement adoption = connection.prepareStatement(
                     "insert into catalog_adoption (id, tenant_id, adopts_all, version) values (?, ?, false, 0)");
             PreparedStatement adopted = connection.prepareStatement(
                     "insert into adoption_procedure (adoption_id, position, national_code, procedure_name) values (?, ?, ?, ?)");
             PreparedStatement override = connection.prepareStatement("""
                     insert into adoption_override (adoption_id, position, national_code, procedure_name, step_number,
                     actor_unit, actor_role, budget_quarters) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int pv = 0; pv < provinces; pv++) {
                String provinceName = pv < PROVINCES.size() ? PROVINCES.get(pv) : "Tỉnh Thử nghiệm " + (pv + 1);
                String provinceId = slug(provinceName);
                String communeId = provinceId + "-xa-trung-tam";
                provinceIds.add(provinceId);
                communeIds.add(communeId);
                tenant.setString(1, provinceId);
                tenant.setString(2, provinceName);
                tenant.setString(3, "PROVINCE");
                tenant.setNull(4, Types.VARCHAR);
                tenant.addBatch();
                tenant.setString(1, communeId);
                tenant.setString(2, "Xã Trung Tâm (" + provinceName + ")");
                tenant.setString(3, "COMMUNE");
                tenant.setString(4, provinceId);
                tenant.addBatch();
                tenant.executeBatch();

                long versionId = versionId(pv);
                String decision = (1000 + pv) + "/QĐ-UBND";
                version.setLong(1, versionId);
                version.setString(2, provinceId);
                version.setString(3, "Quyết định " + decision + " công bố danh mục thủ tục hành chính — UBND " + provinceName);
                version.setString(4, decision);
                version.setDate(5, Date.valueOf(LocalDate.of(2025, 6, 20)));
                version.setDate(6, Date.valueOf(LocalDate.of(2025, 7, 1)));
                version.setString(7, "");
                version.setTimestamp(8, Timestamp.valueOf(publishedAt));
                version.executeUpdate();

                List<ProcedureKey> keys = new ArrayList<>();
                List<Procedure> templateOf = new ArrayList<>();
                int pendingSteps = 0;
                for (int n = 1; n <= proceduresPerProvince; n++) {
                    Procedure template = templates.get(n % templates.size());
                    String name;
                    String field;
                    if (n % 5 == 0) {
                        String[] common = COMMON[(n / 5) % COMMON.length];
                        name = common[0] + " — số " + n;
                        field = common[1];
                    } else {
                        name = template.name() + " — số " + n;
                        field = template.field();
                    }
                    // about one procedure in a hundred has no national code, as some decisions list them
                    String code = n % 100 == 7 ? null : String.format("2.%06d.000.00.00.H%02d", n, pv + 1);
                    procedure.setLong(1, ++procedureId);
                    procedure.setString(2, provinceId);
                    procedure.setLong(3, versionId);
                    procedure.setString(4, code);
                    procedure.setString(5, name);
                    procedure.setString(6, field);
                    procedure.setString(7, SearchText.fold(String.join(" ", name, code == null ? "" : code, field == null ? "" : field)));
                    procedure.setString(8, template.handlingLevel() == null ? null : template.handlingLevel().name());
                    procedure.setString(9, template.onlineLevel().name());
                    procedure.setInt(10, template.totalQuarters());
                    procedure.setString(11, Channels.encode(template.submissionChannels()));
                    procedure.setString(12, Channels.encode(template.resultChannels()));
                    procedure.setString(13, Channels.encode(template.notificationChannels()));
                    procedure.setString(14, LEGAL_BASIS);
                    procedure.addBatch();
                    // a declaration on its form and a certified copy, and a fee, as most procedures of the national database have
                    for (int d = 0; d < 2; d++) {
                        document.setLong(1, procedureId);
                        document.setInt(2, d);
                        document.setString(3, d == 0 ? "Tờ khai theo mẫu" : "Bản sao có chứng thực giấy tờ chứng minh");
                        document.setString(4, d == 0 ? "Mẫu số 0" + (n % 9 + 1) + ", Nghị định 20/2021/NĐ-CP" : null);
                        document.setInt(5, d == 0 ? 1 : 0);
                        document.setInt(6, d == 0 ? 0 : 1);
                        document.setString(7, null);
                        document.addBatch();
                    }
                    fee.setLong(1, procedureId);
                    fee.setInt(2, 0);
                    fee.setString(3, n % 3 == 0 ? "Lệ phí" : "Không thu phí, lệ phí");
                    fee.setLong(4, n % 3 == 0 ? 8000 : 0);
                    fee.setString(5, null);
                    fee.addBatch();
                    keys.add(code == null ? ProcedureKey.ofName(name) : ProcedureKey.ofCode(code));
                    templateOf.add(template);
                    for (StepDefinition s : template.steps()) {
                        step.setString(1, provinceId);
                        step.setLong(2, procedureId);
                        step.setInt(3, s.position());
                        step.setString(4, s.number());
                        step.setString(5, s.parentNumber());
                        step.setString(6, s.actorUnit());
                        step.setString(7, s.actorRole());
                        step.setString(8, s.content());
                        if (s.isCounted()) {
                            step.setInt(9, s.budgetQuarters());
                        } else {
                            step.setNull(9, Types.INTEGER);
                        }
                        step.setString(10, s.level() == null ? null : s.level().name());
                        step.setString(11, s.kind().name());
                        if (s.isPosting() && s.postingDays() != null) {
                            step.setInt(12, s.postingQuarters());
                        } else {
                            step.setNull(12, Types.INTEGER);
                        }
                        step.setString(13, StepOutcomes.encode(s.outcomes()));
                        step.addBatch();
                        stepRows++;
                        pendingSteps++;
                    }
                    if (n % BATCH == 0) {
                        procedure.executeBatch();
                        document.executeBatch();
                        fee.executeBatch();
                    }
                    if (pendingSteps >= 5 * BATCH) {
                        procedure.executeBatch();
                        document.executeBatch();
                        fee.executeBatch();
                        step.executeBatch();
                        pendingSteps = 0;
                    }
                }
                procedure.executeBatch();
                document.executeBatch();
                fee.executeBatch();
                step.executeBatch();

                Adoption chosen = chooseAdoption(communeId, keys, templateOf, new Random(pv));
                adoptions.add(chosen);
                adoption.setLong(1, ++adoptionId);
                adoption.setString(2, communeId);
                adoption.executeUpdate();
                int position = 0;
                for (ProcedureKey key : chosen.procedures()) {
                    adopted.setLong(1, adoptionId);
                    adopted.setInt(2, position++);
                    adopted.setString(3, key.nationalCode());
                    adopted.setString(4, key.name());
                    adopted.addBatch();
                }
                adopted.executeBatch();
                position = 0;
                for (StepOverride o : chosen.overrides()) {
                    override.setLong(1, adoptionId);
                    override.setInt(2, position++);
                    override.setString(3, o.procedure().nationalCode());
                    override.setString(4, o.procedure().name());
                    override.setString(5, o.step());
                    override.setString(6, o.actorUnit());
                    override.setString(7, o.actorRole());
                    if (o.budgetQuarters() == null) {
                        override.setNull(8, Types.INTEGER);
                    } else {
                        override.setInt(8, o.budgetQuarters());
                    }
                    override.addBatch();
                }
                override.executeBatch();
                connection.commit();
            }
        }
        connection.setAutoCommit(true);
    }

    /**
     * A commune's adoption: a random subset of the province's procedures and overrides that fit
     * (a staff step without sub-steps; a budget only where the step is counted and can be shortened).
     */
    private Adoption chooseAdoption(String communeId, List<ProcedureKey> keys, List<Procedure> templateOf, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        List<Integer> picked = order.subList(0, adoptedPerCommune);
        Set<ProcedureKey> adopted = new LinkedHashSet<>();
        picked.forEach(i -> adopted.add(keys.get(i)));
        Adoption adoption = Adoption.only(communeId, adopted);
        int made = 0;
        for (int i : picked) {
            if (made == overridesPerCommune) {
                break;
            }
            Procedure template = templateOf.get(i);
            Set<String> parents = new HashSet<>();
            template.steps().stream().filter(StepDefinition::isSubStep).forEach(s -> parents.add(s.parentNumber()));
            List<StepDefinition> fitting = template.steps().stream()
                    .filter(s -> !Role.CITIZEN.equals(s.actorRole()))
                    .filter(s -> !parents.contains(s.number()))
                    .toList();
            if (fitting.isEmpty()) {
                continue;
            }
            StepDefinition s = fitting.get(random.nextInt(fitting.size()));
            StepOverride o = made % 2 == 0 && s.isCounted() && s.budgetQuarters() > 1
                    ? new StepOverride(keys.get(i), s.number(), null, null, s.budgetQuarters() - 1)
                    : StepOverride.actor(keys.get(i), s.number(), "Bộ phận Một cửa " + communeId, Role.SPECIALIST);
            adoption = adoption.withOverride(o);
            made++;
        }
        return adoption;
    }

    static String slug(String name) {
        return SearchText.fold(name).replaceAll("^(tinh|thanh pho) ", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
