package dev.ryugaku.web.settings;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dev.ryugaku.core.people.Appearance;
import dev.ryugaku.core.people.Appearances;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;

/** 表示: light, dark, or as the device is set; applied at once and remembered for the person. */
class AppearanceSection extends Div {

    AppearanceSection(Appearances appearances) {
        setId("appearance-settings");
        RadioButtonGroup<Appearance> choice = new RadioButtonGroup<>(getTranslation("appearance.label"));
        choice.setId("appearance");
        choice.setItems(Appearance.values());
        choice.setItemLabelGenerator(appearance -> getTranslation(appearance.messageKey()));
        choice.setValue(appearances.mine());
        choice.addValueChangeListener(changed -> {
            if (changed.isFromClient() && new FieldErrors(this).attempt(() -> appearances.choose(changed.getValue()))) {
                getUI().ifPresent(ui -> AppearanceOnEveryPage.show(ui, changed.getValue()));
                Notifications.success(getTranslation("appearance.saved", getTranslation(changed.getValue().messageKey())));
            }
        });
        add(new H2(getTranslation("appearance.title")), choice);
    }
}
