package dev.ryugaku.web.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.ryugaku.core.people.SignOnRefusal;
import dev.ryugaku.web.i18n.LanguageSwitch;
import java.util.Arrays;

/** サインインできませんでした: why single sign-on did not let the person in, and what to do about it. */
@Route(value = SignOnRefusedView.ROUTE, autoLayout = false)
@AnonymousAllowed
class SignOnRefusedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "login/refused";

    SignOnRefusedView() {
        setAlignItems(Alignment.CENTER);
        addClassName("sign-on-refused");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("");
        String messageKey = Arrays.stream(SignOnRefusal.values())
                .filter(refusal -> refusal.name().equals(reason))
                .map(SignOnRefusal::messageKey)
                .findFirst()
                .orElse("sso.refused." + SignOnRefusalHandler.PROVIDER_ERROR);
        removeAll();
        Paragraph explanation = new Paragraph(getTranslation(messageKey));
        explanation.setId("refusal-reason");
        explanation.setMaxWidth("36em");
        add(new H1(getTranslation("sso.refused.title")), explanation,
                new RouterLink(getTranslation("sso.refused.toLogin"), LoginView.class), LanguageSwitch.buttons());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sso.refused.title") + " | " + getTranslation("app.name");
    }
}
