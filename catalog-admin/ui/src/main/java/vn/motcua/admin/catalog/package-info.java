/**
 * The catalog screens: the procedure grid with its filters, import and publishing
 * ({@link vn.motcua.admin.catalog.ProceduresView}), the procedure editor with its steps, outcomes,
 * documents and fees ({@link vn.motcua.admin.catalog.ProcedureEditorView}), and the versions with
 * what changed between them ({@link vn.motcua.admin.catalog.VersionsView}).
 */
package vn.motcua.admin.catalog;
