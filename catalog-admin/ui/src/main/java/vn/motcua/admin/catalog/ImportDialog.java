package vn.motcua.admin.catalog;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.motcua.catalog.exchange.CatalogFormat;
import vn.motcua.catalog.exchange.ImportProblem;
import vn.motcua.catalog.exchange.ImportResult;
import vn.motcua.catalog.exchange.ImportSummary;
import vn.motcua.catalog.exchange.RowError;
import vn.motcua.catalog.service.PublishingService;
import vn.motcua.tenants.problem.AccessDenied;
import vn.motcua.tenants.problem.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads a decision's appendix (.xlsx) or a reference transcription (.yaml) into the tenant's draft.
 * The file is read in the upload's own request, outside the session lock, so the progress bar
 * moves while a long workbook is read (the dialog polls); what was read and every bad row are
 * shown, and nothing reaches the draft before the admin confirms.
 */
class ImportDialog extends Dialog {

    /** Appendix-sized files; a province's whole catalog of 2,000 procedures is a few megabytes. */
    private static final int MAX_BYTES = 30 * 1024 * 1024;
    private static final int POLL_MS = 300;

    private final PublishingService publishing;
    private final String tenantId;
    private final Runnable imported;
    private final ProgressBar progress = new ProgressBar();
    private final Span summary = new Span();
    private final UnorderedList errors = new UnorderedList();
    private final Checkbox replaceAll = new Checkbox();
    private final Button apply = new Button();
    private ImportResult result;

    ImportDialog(PublishingService publishing, String tenantId, Runnable imported) {
        this.publishing = publishing;
        this.tenantId = tenantId;
        this.imported = imported;
        setHeaderTitle(getTranslation("import.title"));
        setWidth("48em");

        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                read(event);
            }

            @Override
            public long getFileSizeMax() {
                return MAX_BYTES; // the browser is told too, but only the server can enforce it
            }
        });
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".xlsx", ".yaml", ".yml");
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showFailure(getTranslation("import.rejected")));
        progress.setId("import-progress");
        progress.setVisible(false);
        summary.setId("import-summary");
        errors.setId("import-errors");
        replaceAll.setLabel(getTranslation("import.replace-all"));
        replaceAll.setId("import-replace");
        apply.setText(getTranslation("import.apply"));
        apply.setId("import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> applyToDraft());

        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("import.explain")), upload, progress, summary,
                errors, replaceAll);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("publish.cancel"), e -> close()), apply);
        addOpenedChangeListener(e -> e.getSource().getUI().ifPresent(ui -> ui.setPollInterval(e.isOpened() ? POLL_MS : -1)));
    }

    private UploadI18N i18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop")).setMany(getTranslation("upload.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.too-many"))
                        .setFileIsTooBig(getTranslation("import.rejected")).setIncorrectFileType(getTranslation("import.rejected")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                                .setStalled(getTranslation("upload.stalled")).setProcessing(getTranslation("upload.processing"))
                                .setHeld(getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(getTranslation("upload.remaining"))
                                .setUnknown(getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("upload.failed"))
                                .setUnexpectedServerError(getTranslation("upload.failed")).setForbidden(getTranslation("upload.failed"))))
                .setUnits(new UploadI18N.Units().setSize(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
    }

    /** Runs in the upload's request thread; the UI is only touched through {@link UI#access}. */
    private void read(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        ui.access(() -> {
            result = null;
            apply.setEnabled(false);
            errors.removeAll();
            summary.setText(getTranslation("import.reading", fileName));
            progress.setValue(0);
            progress.setVisible(true);
        });
        CatalogFormat format = CatalogFormat.ofFileName(fileName).orElse(null);
        if (format == null) {
            ui.access(() -> showFailure(getTranslation("import.rejected")));
            return;
        }
        int[] shown = {-1};
        try (InputStream in = event.getInputStream()) {
            // the title is the file's only until it merges into the draft (DraftMerge keeps the draft's)
            ImportResult read = format.read(tenantId, fileName, in, (done, total) -> {
                int percent = total == 0 ? 100 : done * 100 / total;
                if (percent != shown[0]) {
                    shown[0] = percent;
                    ui.access(() -> progress.setValue(percent / 100.0));
                }
            });
            ui.access(() -> show(read));
        } catch (IOException e) {
            ui.access(() -> showFailure(getTranslation("import.unreadable", e.getMessage())));
        }
    }

    private void show(ImportResult read) {
        result = read;
        progress.setValue(1);
        int procedures = read.draft().procedures().size();
        summary.setText(getTranslation("import.read", procedures, read.errors().size()));
        errors.removeAll();
        for (RowError error : read.errors()) {
            ListItem item = new ListItem("'" + error.sheet() + "'!" + error.cell() + ": " + message(error));
            item.addClassName("import-error");
            errors.add(item);
        }
        apply.setEnabled(procedures > 0);
    }

    private String message(RowError error) {
        Object[] args = error.args().stream()
                .map(a -> a instanceof ImportProblem.Quantity q ? getTranslation("import.quantity." + q.name()) : a)
                .toArray();
        return getTranslation("import." + error.problem().name(), args);
    }

    private void showFailure(String text) {
        result = null;
        apply.setEnabled(false);
        progress.setVisible(false);
        summary.setText("");
        errors.removeAll();
        ListItem item = new ListItem(text);
        item.addClassName("import-error");
        errors.add(item);
    }

    private void applyToDraft() {
        if (result == null) {
            return;
        }
        try {
            ImportSummary done = publishing.importIntoDraft(result.draft(), replaceAll.getValue());
            Notification.show(getTranslation("import.done", done.added(), done.replaced(), done.removed()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (!done.repeated().isEmpty()) {
                Notification.show(getTranslation("import.repeated", String.join(", ", done.repeated())), 8000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
            close();
            imported.run();
        } catch (InvalidInput | AccessDenied | IllegalStateException e) {
            errors.add(new ListItem(new Div(getTranslation("import.failed", e.getMessage()))));
        }
    }
}
