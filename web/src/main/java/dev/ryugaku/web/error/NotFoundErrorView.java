package dev.ryugaku.web.error;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.ryugaku.web.layout.MainLayout;
import dev.ryugaku.web.navigation.HomePages;
import dev.ryugaku.web.navigation.Pages;

/**
 * Shown for an unknown address, a record that does not exist, and a page or record the user may not
 * open: all three look the same, so that nobody learns which ids exist by trying them.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundErrorView extends RouteNotFoundError implements HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().removeAllChildren();
        Div content = new Div(new H2(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.text")),
                Pages.link(getTranslation("error.notFound.home"), HomePages.home()));
        content.addClassName("not-found");
        getElement().appendChild(content.getElement());
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    /** The browser tab and screen readers name the page too. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
