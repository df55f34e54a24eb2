-- What a tenant sets of its working calendar; what it leaves out it inherits from its ancestors
-- (InheritedCalendar). One row per tenant that sets anything. `version` changes with every change
-- to the row, to its collections and to the tenant's holiday decisions, so that a server can tell
-- that its cached calendar is stale by reading that one column.
CREATE TABLE tenant_calendar (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id  VARCHAR(64) NOT NULL,
    own_week   BOOLEAN     NOT NULL DEFAULT FALSE,
    changed_at DATETIME(6) NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_tenant_calendar UNIQUE (tenant_id),
    CONSTRAINT fk_tenant_calendar_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tenant's standard office hours, in order; none: inherited.
CREATE TABLE calendar_session (
    calendar_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    start_time  TIME   NOT NULL,
    end_time    TIME   NOT NULL,
    PRIMARY KEY (calendar_id, position),
    CONSTRAINT fk_calendar_session FOREIGN KEY (calendar_id) REFERENCES tenant_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The working weekdays, when the tenant sets its own week (own_week).
CREATE TABLE calendar_weekday (
    calendar_id BIGINT      NOT NULL,
    weekday     VARCHAR(16) NOT NULL,
    PRIMARY KEY (calendar_id, weekday),
    CONSTRAINT fk_calendar_weekday FOREIGN KEY (calendar_id) REFERENCES tenant_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The sessions of working weekdays that keep hours of their own (a Saturday morning desk).
CREATE TABLE calendar_weekday_session (
    calendar_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    weekday     VARCHAR(16) NOT NULL,
    start_time  TIME        NOT NULL,
    end_time    TIME        NOT NULL,
    PRIMARY KEY (calendar_id, position),
    CONSTRAINT fk_calendar_weekday_session FOREIGN KEY (calendar_id) REFERENCES tenant_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The tenant's local days off (its descendants inherit them).
CREATE TABLE calendar_day_off (
    calendar_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    day         DATE         NOT NULL,
    reason      VARCHAR(500) NULL,
    PRIMARY KEY (calendar_id, position),
    CONSTRAINT fk_calendar_day_off FOREIGN KEY (calendar_id) REFERENCES tenant_calendar (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A year's government decision on days off and make-up working days as a province transcribed it
-- from the notice; its districts and communes inherit it.
CREATE TABLE holiday_decision (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id              VARCHAR(64) NOT NULL,
    year                   INT         NOT NULL,
    national_day_companion DATE        NOT NULL,
    version                BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_holiday_decision UNIQUE (tenant_id, year),
    CONSTRAINT fk_holiday_decision_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind: OFF (an extra day off) or MAKE_UP (a weekend day worked).
CREATE TABLE holiday_decision_day (
    decision_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    day         DATE        NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    PRIMARY KEY (decision_id, position),
    CONSTRAINT fk_holiday_decision_day FOREIGN KEY (decision_id) REFERENCES holiday_decision (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
