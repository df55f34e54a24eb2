/**
 * Moving a catalog in and out of the formats provinces already work in: the appendix of a
 * decision as an Excel workbook ({@link vn.motcua.catalog.exchange.SpreadsheetImport},
 * {@link vn.motcua.catalog.exchange.SpreadsheetExport}) and the YAML transcription of the
 * reference files ({@link vn.motcua.catalog.exchange.ReferenceCatalogReader},
 * {@link vn.motcua.catalog.exchange.YamlExport}), with the roles read out of the actors decisions
 * write ({@link vn.motcua.catalog.exchange.ActorRoles}). Plain Java over the catalog's
 * domain, Apache POI and SnakeYAML: no persistence, no CDI, so the admin UI, a batch job or a test
 * can call it alike.
 */
package vn.motcua.catalog.exchange;
