package vn.motcua.catalog.diff;

import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.SearchText;

import java.util.Objects;

/**
 * How a procedure is recognised across catalog versions and across tenants: by its national code
 * (mã TTHC), which survives a rename, or by its name when the decision gives no code (as 71/QĐ-UBND
 * does for "Thăm viếng mộ liệt sĩ"). Names are compared the way search compares them — case,
 * spacing and diacritics aside — so a typo corrected in a later decision does not make the
 * procedure a new one. A key by code and a key by name never match each other.
 */
public final class ProcedureKey {

    private final String nationalCode;
    private final String name;
    private final String foldedName;

    private ProcedureKey(String nationalCode, String name) {
        this.nationalCode = nationalCode;
        this.name = name;
        this.foldedName = name == null ? null : SearchText.fold(name);
    }

    public static ProcedureKey of(Procedure procedure) {
        String code = procedure.nationalCode();
        return code == null || code.isBlank() ? ofName(procedure.name()) : ofCode(code);
    }

    public static ProcedureKey ofCode(String nationalCode) {
        if (nationalCode == null || nationalCode.isBlank()) {
            throw new IllegalArgumentException("a national code is required");
        }
        return new ProcedureKey(nationalCode.trim(), null);
    }

    public static ProcedureKey ofName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a procedure without a national code is known by its name, which is required");
        }
        return new ProcedureKey(null, name.trim().replaceAll("\\s+", " "));
    }

    public boolean isByCode() {
        return nationalCode != null;
    }

    /** The national code, or null when the key is the name. */
    public String nationalCode() {
        return nationalCode;
    }

    /** The name as given, or null when the key is the national code. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProcedureKey other
                && Objects.equals(nationalCode, other.nationalCode)
                && Objects.equals(foldedName, other.foldedName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(nationalCode, foldedName);
    }

    @Override
    public String toString() {
        return isByCode() ? nationalCode : "\"" + name + "\"";
    }
}
