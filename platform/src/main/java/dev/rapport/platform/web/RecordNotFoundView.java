package dev.rapport.platform.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import dev.rapport.sdk.error.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when an address names a record that does not exist (e.g. a customer id typed by hand). */
@ParentLayout(MainLayout.class)
public class RecordNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("record-not-found");
        add(new H2(getTranslation("error.recordNotFound.title")),
                new Paragraph(getTranslation("error.recordNotFound.text")),
                new Anchor("customers", getTranslation("error.backToCustomers")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The heading as the browser tab's title: screen readers announce it, and a page without one is a violation. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.recordNotFound.title");
    }
}
