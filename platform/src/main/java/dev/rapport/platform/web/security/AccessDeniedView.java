package dev.rapport.platform.web.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.sdk.error.AccessDeniedException;
import jakarta.servlet.http.HttpServletResponse;

/** Shown at the address of a page the user may not open; says so, and never shows the page. */
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("access-denied");
        add(new H2(getTranslation("error.accessDenied.title")),
                new Paragraph(getTranslation("error.accessDenied.text")),
                new Anchor("customers", getTranslation("error.backToCustomers")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** The heading as the browser tab's title: screen readers announce it, and a page without one is a violation. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title");
    }
}
