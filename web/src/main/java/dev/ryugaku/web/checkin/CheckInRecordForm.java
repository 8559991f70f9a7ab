package dev.ryugaku.web.checkin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.ryugaku.core.checkin.CheckInDetail;
import dev.ryugaku.core.checkin.CheckInRecord;
import dev.ryugaku.core.checkin.CheckInRules;
import dev.ryugaku.core.checkin.CheckInService;
import dev.ryugaku.web.support.FieldErrors;
import dev.ryugaku.web.support.Notifications;
import dev.ryugaku.web.support.TextLimit;
import java.util.Objects;
import java.util.stream.IntStream;

/** The mentor's record of a check-in: three ratings, the shared summary, private notes and blockers. */
class CheckInRecordForm extends Div {

    private final RadioButtonGroup<Integer> progress = rating("progress");
    private final RadioButtonGroup<Integer> wellBeing = rating("wellBeing");
    private final RadioButtonGroup<Integer> confidence = rating("confidence");
    private final TextArea summary = text("summary", CheckInRules.SUMMARY_MAX_LENGTH);
    private final TextArea privateNotes = text("privateNotes", CheckInRules.PRIVATE_NOTES_MAX_LENGTH);
    private final TextArea blockers = text("blockers", CheckInRules.BLOCKERS_MAX_LENGTH);
    private final CheckInDetail checkIn;

    CheckInRecordForm(CheckInService checkIns, CheckInDetail checkIn, Runnable saved) {
        this.checkIn = checkIn;
        setId("checkin-record");
        setWidthFull();
        add(new H3(getTranslation("checkin.record.title")));
        summary.setRequiredIndicatorVisible(true);
        summary.setHelperText(getTranslation("checkin.field.summary.help"));
        privateNotes.setHelperText(getTranslation("checkin.field.privateNotes.help"));
        progress.setValue(checkIn.progress());
        wellBeing.setValue(checkIn.wellBeing());
        confidence.setValue(checkIn.confidence());
        summary.setValue(Objects.toString(checkIn.summary(), ""));
        privateNotes.setValue(Objects.toString(checkIn.privateNotes(), ""));
        blockers.setValue(Objects.toString(checkIn.blockers(), ""));
        FieldErrors errors = new FieldErrors(this).field("progress", progress).field("wellBeing", wellBeing)
                .field("confidence", confidence).field("summary", summary).field("privateNotes", privateNotes)
                .field("blockers", blockers);
        Button save = new Button(getTranslation("checkin.record.save"), click -> {
            if (errors.attempt(() -> checkIns.record(checkIn.id(), checkIn.version(), currentRecord()))) {
                Notifications.success(getTranslation("checkin.record.saved"));
                saved.run();
            }
        });
        save.setId("checkin-record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(progress, wellBeing, confidence, summary, privateNotes, blockers, save);
    }

    private CheckInRecord currentRecord() {
        return new CheckInRecord(progress.getValue(), wellBeing.getValue(), confidence.getValue(), summary.getValue(),
                privateNotes.getValue(), blockers.getValue());
    }

    /** Anything typed or chosen that differs from what is stored. */
    boolean hasChanges() {
        return !Objects.equals(progress.getValue(), checkIn.progress())
                || !Objects.equals(wellBeing.getValue(), checkIn.wellBeing())
                || !Objects.equals(confidence.getValue(), checkIn.confidence())
                || !summary.getValue().equals(Objects.toString(checkIn.summary(), ""))
                || !privateNotes.getValue().equals(Objects.toString(checkIn.privateNotes(), ""))
                || !blockers.getValue().equals(Objects.toString(checkIn.blockers(), ""));
    }

    private RadioButtonGroup<Integer> rating(String name) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("checkin.field." + name));
        group.setId("checkin-" + name);
        group.setItems(IntStream.rangeClosed(CheckInRules.SCORE_MIN, CheckInRules.SCORE_MAX).boxed().toList());
        group.setItemLabelGenerator(score -> getTranslation("checkin.score." + score));
        group.setRequiredIndicatorVisible(true);
        return group;
    }

    private TextArea text(String name, int maxLength) {
        TextArea area = new TextArea(getTranslation("checkin.field." + name));
        area.setId("checkin-" + name);
        area.setWidthFull();
        area.setMinHeight("5em");
        TextLimit.apply(area, maxLength);
        return area;
    }
}
