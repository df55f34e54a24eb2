package vn.motcua.catalog.version;

import vn.motcua.catalog.exchange.ReferenceCatalogReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Decision 71/QĐ-UBND as the project ships it. */
public final class QuangTri {

    private QuangTri() {
    }

    public static CatalogVersion decision71() {
        try (InputStream in = QuangTri.class.getClassLoader().getResourceAsStream("reference/quang-tri-ldtbxh-2024.yaml")) {
            return ReferenceCatalogReader.read("quang-tri", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Procedure named(CatalogVersion version, String prefix) {
        return version.procedures().stream().filter(p -> p.name().startsWith(prefix)).findFirst().orElseThrow();
    }
}
