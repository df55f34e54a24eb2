-- Service days become editable in the admin: an optimistic version on the day, and the national
-- code of a covered procedure chosen from the catalog (free-text entries, for procedures the plan
-- lists but the catalog does not hold yet, keep only their field and name).
ALTER TABLE service_day ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE service_day_procedure ADD COLUMN national_code VARCHAR(40) NULL;
