-- A province's own decision names the document it transcribes too (e.g. a Quyết định of the
-- provincial People's Committee); both optional for the rows entered before.
ALTER TABLE holiday_decision
    ADD COLUMN notice_number VARCHAR(100) NULL,
    ADD COLUMN notice_date   DATE         NULL;
