package dev.ryugaku.web.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.ryugaku.core.inbox.InboxService;
import dev.ryugaku.web.i18n.LanguageSwitch;
import dev.ryugaku.web.i18n.Translations;
import dev.ryugaku.web.inbox.InboxBell;
import dev.ryugaku.web.navigation.Pages;
import dev.ryugaku.web.navigation.SettingsPages;
import dev.ryugaku.web.search.HeaderSearch;
import dev.ryugaku.web.security.RyugakuUser;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every signed-in page: side navigation showing each person only what they may
 * open, their name, the language switch and sign-out; in the header the search and the inbox's bell.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 pageTitle = new H1();
    private final InboxBell inboxBell;

    MainLayout(AuthenticationContext authentication, AccessAnnotationChecker accessChecker, InboxService inbox) {
        setPrimarySection(Section.DRAWER);
        pageTitle.addClassName("page-title");
        inboxBell = new InboxBell(inbox);
        addToNavbar(new DrawerToggle(), pageTitle, new HeaderSearch(), inboxBell);
        addToDrawer(brand(), new Scroller(navigation(accessChecker, authentication)), userMenu(authentication));
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation(AccessAnnotationChecker accessChecker, AuthenticationContext authentication) {
        SideNav nav = new SideNav();
        for (NavigationEntry entry : NavigationEntry.values()) {
            boolean forThisRole = entry.onlyForRole() == null || authentication.hasRole(entry.onlyForRole());
            if (forThisRole && accessChecker.hasAccess(Pages.view(entry.path()))) {
                SideNavItem item = new SideNavItem(getTranslation(entry.labelKey()), entry.path(), entry.icon().create());
                item.setMatchNested(entry.matchNested());
                nav.addItem(item);
            }
        }
        return nav;
    }

    private Component userMenu(AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        String name = authentication.getAuthenticatedUser(RyugakuUser.class)
                .map(RyugakuUser::getDisplayName).orElse("");
        MenuItem user = menu.addItem(VaadinIcon.USER.create());
        user.add(new Span(name));
        SubMenu sub = user.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("menu.language"));
        language.getSubMenu().addItem(getTranslation(Translations.JAPANESE, "language.self"),
                click -> LanguageSwitch.switchTo(Translations.JAPANESE));
        language.getSubMenu().addItem(getTranslation(Translations.ENGLISH, "language.self"),
                click -> LanguageSwitch.switchTo(Translations.ENGLISH));
        sub.addItem(getTranslation("menu.settings"), click -> Pages.navigate(SettingsPages.settings()));
        sub.addItem(getTranslation("menu.logout"), click -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        pageTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        inboxBell.refresh();
    }
}
