package vn.motcua.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import vn.motcua.catalog.exchange.CatalogFormat;
import vn.motcua.catalog.service.CatalogService;
import vn.motcua.catalog.version.SearchText;
import vn.motcua.catalog.version.VersionSummary;

/**
 * A download of one catalog version as a file. The file is written in the download's own request,
 * where the service reads the version inside its transaction and checks it is the caller's.
 */
public final class Downloads {

    private Downloads() {
    }

    /** A button-looking link; {@code version} null makes a disabled one. */
    public static Anchor of(CatalogService catalog, VersionSummary version, CatalogFormat format, String text, String id) {
        Button button = new Button(text, VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor anchor = new Anchor();
        anchor.add(button);
        anchor.setId(id);
        if (version == null) {
            button.setEnabled(false);
            return anchor;
        }
        long versionId = version.id();
        String name = fileName(version, format);
        anchor.setHref((DownloadHandler) event -> {
            event.setFileName(name);
            event.setContentType(format.contentType());
            catalog.export(versionId, format, event.getOutputStream());
        }, AttachmentType.DOWNLOAD);
        return anchor;
    }

    /** "danh-muc-71-qd-ubnd.xlsx": ASCII, as a decision's number or the draft's title. */
    public static String fileName(VersionSummary version, CatalogFormat format) {
        String base = version.decisionNumber() != null ? version.decisionNumber() : version.title();
        String slug = SearchText.fold(base).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "danh-muc-" + (slug.isEmpty() ? String.valueOf(version.id()) : slug) + "." + format.extension();
    }
}
