-- The unit's electronic identification code (mã định danh điện tử của cơ quan, e.g. 000.00.17.H50):
-- the first part of every dossier code the unit receives (one-stop-rules.md, "Dossier code"). Set by
-- the platform operator or the admin above the unit (PUT /api/tenants/{id}/unit-code); a unit
-- without one cannot receive dossiers. Unique: two units never number dossiers alike. The demo
-- tenants get theirs from the demo data (demo.yaml), which inserts them after the migrations.
ALTER TABLE tenant ADD COLUMN unit_code VARCHAR(32) NULL;
ALTER TABLE tenant ADD CONSTRAINT uq_tenant_unit_code UNIQUE (unit_code);
