package vn.motcua.catalog.exchange;

import org.yaml.snakeyaml.error.YAMLException;
import vn.motcua.catalog.version.CatalogVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two files a catalog travels in, both read and written without loss. */
public enum CatalogFormat {
    /** A decision's appendix as an Excel workbook, one sheet per procedure ({@link SpreadsheetImport}). */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** The YAML transcription of the reference files ({@link ReferenceCatalogReader}, {@link YamlExport}). */
    YAML("yaml", "application/yaml");

    private final String extension;
    private final String contentType;

    CatalogFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** By the file's extension (.xlsx, .yaml or .yml), whatever its case. */
    public static Optional<CatalogFormat> ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    public void write(CatalogVersion version, OutputStream out) throws IOException {
        if (this == XLSX) {
            SpreadsheetExport.write(version, out);
        } else {
            YamlExport.write(version, out);
        }
    }

    /**
     * Reads a file into a new draft of {@code tenantId}. A workbook reports each bad row and keeps
     * the rest; a YAML file is read whole or not at all.
     *
     * @throws IOException when the file cannot be read in this format, with the reason
     */
    public ImportResult read(String tenantId, String title, InputStream in, ImportProgress progress) throws IOException {
        if (this == XLSX) {
            return SpreadsheetImport.read(tenantId, title, in, progress);
        }
        try {
            progress.rowsDone(0, 1);
            CatalogVersion draft = ReferenceCatalogReader.read(tenantId, in);
            progress.rowsDone(1, 1);
            return new ImportResult(draft, List.of());
        } catch (YAMLException | IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new IOException("not a catalog in the reference YAML layout: " + e.getMessage(), e);
        }
    }
}
