package dev.rapport.platform.segment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.Product;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.segment.SegmentFacetRegistry.DeclaredFacet;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.FacetValue;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creates or changes a segment: its name and the filter's conditions, with the facets of the running plugins,
 * checked by the service on save (each problem shown on its field) and previewed before saving (the bounded count
 * and the first members).
 */
final class SegmentEditorDialog extends Dialog {

    static final int PREVIEW_SIZE = 10;

    private final SegmentService segments;
    private final SegmentInfo existing;
    private final Runnable onSaved;
    private final TextField name = new TextField(getTranslation("segments.name"));
    private final TextArea description = new TextArea(getTranslation("segments.description"));
    private final Checkbox shared = new Checkbox(getTranslation("segments.shared"), true);
    private final TextField namePrefix = new TextField(getTranslation("segments.namePrefix"));
    private final MultiSelectComboBox<LifecycleStage> stages = new MultiSelectComboBox<>(getTranslation("segments.stages"));
    private final ComboBox<User> owner = new ComboBox<>(getTranslation("segments.owner"));
    private final TextField tags = new TextField(getTranslation("segments.tags"));
    private final Checkbox consentOnly = new Checkbox(getTranslation("segments.consentOnly"));
    private final MultiSelectComboBox<Product> products = new MultiSelectComboBox<>(getTranslation("segments.products"));
    private final ComboBox<String> family = new ComboBox<>(getTranslation("segments.productFamily"));
    private final DatePicker sinceFrom = new DatePicker(getTranslation("segments.sinceFrom"));
    private final DatePicker sinceTo = new DatePicker(getTranslation("segments.sinceTo"));
    private final Map<String, MultiSelectComboBox<FacetValue>> facetFields = new LinkedHashMap<>();
    private final Span previewCount = new Span();
    private final Grid<CustomerInfo> preview = new Grid<>();

    SegmentEditorDialog(SegmentService segments, ProductCatalog catalog, UserDirectory users, SegmentInfo existing,
                        Runnable onSaved) {
        this.segments = segments;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("segment-dialog");
        setWidth("min(900px, 95vw)");
        setHeaderTitle(getTranslation(existing == null ? "segments.new" : "segments.edit"));
        name.setId("segment-name");
        name.setRequired(true);
        description.setId("segment-description");
        shared.setId("segment-shared");
        namePrefix.setId("segment-name-prefix");
        stages.setId("segment-stages");
        stages.setItems(LifecycleStage.values());
        stages.setItemLabelGenerator(EnumLabels.of(this));
        owner.setId("segment-owner");
        owner.setItems(users.activeUsers());
        owner.setItemLabelGenerator(User::displayName);
        owner.setClearButtonVisible(true);
        tags.setId("segment-tags");
        tags.setHelperText(getTranslation("segments.tagsHelp"));
        consentOnly.setId("segment-consent-only");
        List<Product> allProducts = catalog.all();
        products.setId("segment-products");
        products.setItems(allProducts);
        products.setItemLabelGenerator(product -> product.code() + " · " + product.name());
        family.setId("segment-product-family");
        family.setItems(allProducts.stream().map(Product::family).distinct().sorted().toList());
        family.setClearButtonVisible(true);
        sinceFrom.setId("segment-since-from");
        sinceTo.setId("segment-since-to");
        FormLayout form = new FormLayout(name, shared, description, namePrefix, stages, owner, tags, consentOnly,
                products, family, sinceFrom, sinceTo);
        form.setColspan(description, 2);
        for (DeclaredFacet facet : segments.facets().facets()) {
            MultiSelectComboBox<FacetValue> field = new MultiSelectComboBox<>(getTranslation(facet.labelKey()));
            field.setId("segment-facet-" + facet.key());
            field.setItems(facet.values());
            field.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
            facetFields.put(facet.key(), field);
            form.add(field);
        }
        if (existing != null) {
            show(existing, allProducts, users);
        }
        previewCount.setId("segment-preview-count");
        preview.setId("segment-preview");
        preview.addColumn(CustomerInfo::displayName).setHeader(getTranslation("segments.name"));
        preview.addColumn(customer -> getTranslation(EnumLabels.key(customer.stage())))
                .setHeader(getTranslation("segments.stages"));
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        Button previewButton = new Button(getTranslation("segments.preview"), click -> showPreview());
        previewButton.setId("segment-preview-button");
        add(form, previewButton, previewCount, preview);
        Button save = new Button(getTranslation("form.save"), click -> save());
        save.setId("segment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
    }

    private void show(SegmentInfo segment, List<Product> allProducts, UserDirectory users) {
        SegmentFilter filter = segment.filter();
        name.setValue(segment.name());
        description.setValue(segment.description() == null ? "" : segment.description());
        shared.setValue(segment.shared());
        namePrefix.setValue(filter.namePrefix() == null ? "" : filter.namePrefix());
        stages.setValue(filter.stages());
        if (filter.ownerId() != null) {
            users.find(filter.ownerId()).ifPresent(owner::setValue);
        }
        tags.setValue(filter.tags().stream().sorted().collect(Collectors.joining(", ")));
        consentOnly.setValue(filter.marketingConsentOnly());
        products.setValue(allProducts.stream().filter(product -> filter.productIds().contains(product.id()))
                .collect(Collectors.toSet()));
        family.setValue(filter.productFamily());
        sinceFrom.setValue(filter.customerSinceFrom());
        sinceTo.setValue(filter.customerSinceTo());
        for (FacetCondition condition : filter.facets()) {
            MultiSelectComboBox<FacetValue> field = facetFields.get(condition.facetKey());
            if (field != null) {
                field.getListDataView().getItems().filter(value -> condition.values().contains(value.value()))
                        .forEach(field::select);
            }
        }
    }

    /** The filter the fields describe; facet conditions of plugins not running now are kept as they were. */
    SegmentFilter filter() {
        List<FacetCondition> facets = new ArrayList<>();
        facetFields.forEach((key, field) -> {
            if (!field.getValue().isEmpty()) {
                facets.add(new FacetCondition(key, field.getValue().stream().map(FacetValue::value)
                        .collect(Collectors.toSet())));
            }
        });
        if (existing != null) {
            existing.filter().facets().stream().filter(condition -> !facetFields.containsKey(condition.facetKey()))
                    .forEach(facets::add);
        }
        Set<String> tagSet = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(tag -> !tag.isEmpty())
                .collect(Collectors.toSet());
        return new SegmentFilter(blankToNull(namePrefix.getValue()), stages.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), tagSet, consentOnly.getValue(),
                products.getValue().stream().map(Product::id).collect(Collectors.toSet()), family.getValue(),
                sinceFrom.getValue(), sinceTo.getValue(), facets);
    }

    private void showPreview() {
        SegmentFilter filter = filter();
        previewCount.setText(getTranslation("segments.previewCount",
                SegmentListView.display(segments.count(filter), WebSession.formats())));
        preview.setItems(segments.members(filter, 0, PREVIEW_SIZE));
        preview.setVisible(true);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("name", name, "description", description,
                "filter.namePrefix", namePrefix, "filter.tags", tags, "filter.productIds", products,
                "filter.productFamily", family, "filter.customerSince", sinceFrom);
        fields.values().forEach(field -> field.setInvalid(false));
        facetFields.values().forEach(field -> field.setInvalid(false));
        SegmentDefinition definition = new SegmentDefinition(existing == null ? 0 : existing.id(), name.getValue(),
                description.getValue(), shared.getValue(), filter(), existing == null ? 0 : existing.version());
        try {
            segments.save(definition, WebSession.actor());
            Notifications.success(getTranslation("segments.saved", name.getValue().strip()));
            close();
            onSaved.run();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String message = getTranslation(error.messageKey(), error.arguments().toArray());
                HasValidation field = fields.get(error.field());
                if (field == null && !facetFields.isEmpty()) {
                    field = facetFields.values().iterator().next();
                }
                if (field == null) {
                    Notifications.error(message);
                } else {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                }
            }
        } catch (ConcurrentEditException e) {
            Notifications.error(getTranslation("segments.changedMeanwhile"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
