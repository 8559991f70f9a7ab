package dev.ryugaku.web.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dev.ryugaku.core.people.PasswordSetup;
import dev.ryugaku.web.i18n.Formats;
import dev.ryugaku.web.support.PublicLinks;
import java.time.ZoneId;
import java.util.List;

/**
 * Shows new accounts' one-time password-setup links once, for the owner to pass on; when mail is
 * configured, each person also receives theirs by mail.
 */
class SetupLinkDialog extends Dialog {

    SetupLinkDialog(List<PasswordSetup.IssuedLink> links, PublicLinks publicLinks, ZoneId zone, boolean mailed,
                    Runnable onClose) {
        setHeaderTitle(getTranslation("setupLink.title"));
        setId("setup-link-dialog");
        add(new Paragraph(getTranslation("setupLink.text", Formats.date(
                links.getFirst().expiresAt().atZone(zone).toLocalDate(), getLocale()))));
        if (mailed) {
            Paragraph note = new Paragraph(getTranslation("setupLink.mailed"));
            note.setId("setup-link-mailed");
            add(note);
        }
        StringBuilder text = new StringBuilder();
        for (PasswordSetup.IssuedLink link : links) {
            text.append(link.displayName()).append('\t').append(publicLinks.passwordSetup(link.token())).append('\n');
        }
        TextArea area = new TextArea();
        area.setValue(text.toString().strip());
        area.setReadOnly(true);
        area.setWidth("40em");
        area.setId("setup-links");
        add(area);
        Button close = new Button(getTranslation("action.close"), click -> {
            close();
            onClose.run();
        });
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setId("close-setup-links");
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
