package dev.ryugaku.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.ryugaku.core.people.ImportPreview;
import dev.ryugaku.core.people.ImportRow;
import dev.ryugaku.core.people.PasswordSetup;
import dev.ryugaku.core.people.PeopleImport;
import dev.ryugaku.core.security.Role;
import dev.ryugaku.core.shared.InvalidInputException;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.PeoplePages;
import dev.ryugaku.web.reminder.MailDelivery;
import dev.ryugaku.web.security.CurrentUser;
import dev.ryugaku.web.support.BoundedUpload;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.PublicLinks;
import dev.ryugaku.web.support.UserMessages;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV import of people: upload, a preview that names every row's result, then an all-or-nothing
 * import that lists each new account's password-setup link.
 */
@Route("admin/people/import")
@RolesAllowed(Role.OWNER_NAME)
class PeopleImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final PeopleImport peopleImport;
    private final PublicLinks publicLinks;
    private final MailDelivery mail;
    private final CurrentUser currentUser;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Button importButton = new Button();
    private byte[] uploaded;

    PeopleImportView(PeopleImport peopleImport, PublicLinks publicLinks, MailDelivery mail, CurrentUser currentUser) {
        this.peopleImport = peopleImport;
        this.publicLinks = publicLinks;
        this.mail = mail;
        this.currentUser = currentUser;

        add(new Paragraph(getTranslation("import.intro")));
        Pre example = new Pre(getTranslation("import.example"));
        example.addClassName("csv-example");
        add(example);

        Upload upload = new Upload(new BoundedUpload(MAX_FILE_BYTES, this::preview,
                () -> Notifications.error(getTranslation("import.rejected"))));
        upload.setId("people-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setI18n(uploadI18n());
        upload.addFileRejectedListener(rejected -> Notifications.error(getTranslation("import.rejected")));
        add(upload);

        summary.setId("import-summary");
        rows.setId("import-rows");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::email).setHeader(getTranslation("person.field.email"));
        rows.addColumn(ImportRow::displayName).setHeader(getTranslation("person.field.displayName"));
        rows.addColumn(ImportRow::team).setHeader(getTranslation("person.field.homeTeam"));
        rows.addColumn(row -> row.roles().stream().sorted().map(r -> getTranslation(r.messageKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("person.field.roles"));
        rows.addColumn(row -> row.isValid() ? getTranslation("import.row.ok")
                        : row.problems().stream().map(v -> UserMessages.of(this, v)).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.column.result")).setFlexGrow(3);
        rows.setPartNameGenerator(row -> row.isValid() ? null : "row-invalid");
        rows.setVisible(false);

        importButton.setText(getTranslation("import.action.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-confirm");
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importAll());
        add(summary, rows, importButton);
    }

    private void preview(byte[] bytes) {
        uploaded = bytes;
        ImportPreview preview = peopleImport.preview(bytes);
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        if (!preview.fileProblems().isEmpty()) {
            summary.setText(UserMessages.of(this, preview.fileProblems().getFirst()));
        } else if (preview.isImportable()) {
            summary.setText(getTranslation("import.summary.ok", preview.rows().size()));
        } else {
            summary.setText(getTranslation("import.summary.invalid", preview.rows().size(), preview.invalidRows()));
        }
        summary.getElement().getClassList().set("import-invalid", !preview.isImportable());
        importButton.setEnabled(preview.isImportable());
    }

    private void importAll() {
        try {
            List<PasswordSetup.IssuedLink> links = peopleImport.importAll(uploaded);
            importButton.setEnabled(false);
            Notifications.success(getTranslation("import.done", links.size()));
            new SetupLinkDialog(links, publicLinks, currentUser.zone(), mail.isConfigured(),
                    () -> Pages.navigate(PeoplePages.people())).open();
        } catch (InvalidInputException invalid) {
            preview(uploaded);
        } catch (RuntimeException refused) {
            Notifications.failure(this, refused);
        }
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")).setMany(getTranslation("import.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")).setMany(getTranslation("import.upload.add")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("import.upload.tooMany"))
                .setFileIsTooBig(getTranslation("import.upload.tooBig"))
                .setIncorrectFileType(getTranslation("import.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("import.upload.connecting"))
                        .setStalled(getTranslation("import.upload.stalled"))
                        .setProcessing(getTranslation("import.upload.processing"))
                        .setHeld(getTranslation("import.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("import.upload.remaining"))
                        .setUnknown(getTranslation("import.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("import.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("import.upload.serverError"))
                        .setForbidden(getTranslation("import.upload.forbidden"))
                        .setFileTooLarge(getTranslation("import.upload.tooBig"))));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("import.upload.retry"))
                .setStart(getTranslation("import.upload.start")).setRemove(getTranslation("import.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
