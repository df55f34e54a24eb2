-- The yearly national notice on days off and make-up working days (the Prime Minister's decision
-- as the Ministry announces it, e.g. Thông báo 6150/TB-LĐTBXH for 2025), entered once by the
-- platform operator for every province. Not tenant-owned: every caller reads it, only the
-- platform-admin role writes it (WorkingCalendars). A province's own holiday_decision of the same
-- year wins for that province and below. `version` moves with every change, so that a server can
-- tell its cached calendars are stale.
CREATE TABLE national_holiday_notice (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year                   INT          NOT NULL,
    notice_number          VARCHAR(100) NOT NULL,
    notice_date            DATE         NULL,
    national_day_companion DATE         NOT NULL,
    changed_at             DATETIME(6)  NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_national_holiday_notice UNIQUE (year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: OFF (an extra day off) or MAKE_UP (a weekend day worked), as in holiday_decision_day.
CREATE TABLE national_holiday_notice_day (
    notice_id BIGINT      NOT NULL,
    position  INT         NOT NULL,
    day       DATE        NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    PRIMARY KEY (notice_id, position),
    CONSTRAINT fk_national_holiday_notice_day FOREIGN KEY (notice_id) REFERENCES national_holiday_notice (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
