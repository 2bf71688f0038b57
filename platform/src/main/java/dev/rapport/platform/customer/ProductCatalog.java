package dev.rapport.platform.customer;

import dev.rapport.platform.validation.TextRules;
import static dev.rapport.platform.internal.db.Tables.PRODUCT;

import dev.rapport.platform.internal.db.tables.records.ProductRecord;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The product catalogue: a company's products and services, small enough to list whole. */
public final class ProductCatalog {

    private final DSLContext dsl;
    private final Clock clock;

    public ProductCatalog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Every product, by family then name. */
    public List<Product> all() {
        return dsl.selectFrom(PRODUCT).orderBy(PRODUCT.FAMILY, PRODUCT.NAME).fetch(ProductCatalog::toProduct);
    }

    public Optional<Product> find(long id) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional(ProductCatalog::toProduct);
    }

    public Optional<Product> findByCode(String code) {
        return dsl.selectFrom(PRODUCT).where(PRODUCT.CODE.eq(code)).fetchOptional(ProductCatalog::toProduct);
    }

    public Product create(ProductDraft draft, Actor actor) {
        Permissions.require(actor, Role.MANAGER, "change the product catalogue");
        validate(draft, null);
        ProductRecord record = dsl.newRecord(PRODUCT);
        copy(draft, record);
        record.setCreatedAt(clock.instant());
        record.store();
        return find(record.getId()).orElseThrow();
    }

    public Product update(long id, ProductDraft draft, Actor actor) {
        Permissions.require(actor, Role.MANAGER, "change the product catalogue");
        validate(draft, id);
        ProductRecord record = dsl.selectFrom(PRODUCT).where(PRODUCT.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> new NotFoundException("Product", id));
        copy(draft, record);
        record.store();
        return find(id).orElseThrow();
    }

    private void validate(ProductDraft draft, Long id) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "code", draft.code(), 40);
        TextRules.requireText(errors, "name", draft.name(), 200);
        TextRules.requireText(errors, "family", draft.family(), 100);
        checkAmount(errors, "price", draft.price());
        checkAmount(errors, "cost", draft.cost());
        if (!CustomerValidator.isCurrency(draft.currency())) {
            errors.add(FieldError.of("currency", "validation.currency", String.valueOf(draft.currency())));
        }
        if (draft.code() != null && !draft.code().isBlank()) {
            findByCode(draft.code().strip()).filter(existing -> id == null || existing.id() != id)
                    .ifPresent(existing -> errors.add(FieldError.of("code", "validation.taken", draft.code().strip())));
        }
        ValidationException.throwIfAny(errors);
    }

    static void checkAmount(List<FieldError> errors, String field, BigDecimal amount) {
        if (amount == null) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (amount.signum() < 0) {
            errors.add(FieldError.of(field, "validation.notNegative"));
        } else if (amount.stripTrailingZeros().scale() > 4 || amount.precision() - amount.scale() > 15) {
            errors.add(FieldError.of(field, "validation.amount"));
        }
    }

    private static void copy(ProductDraft draft, ProductRecord record) {
        record.setCode(draft.code().strip());
        record.setName(draft.name().strip());
        record.setFamily(draft.family().strip());
        record.setPrice(draft.price());
        record.setCost(draft.cost());
        record.setCurrency(draft.currency());
        record.setActive(draft.active());
    }

    private static Product toProduct(ProductRecord r) {
        return new Product(r.getId(), r.getCode(), r.getName(), r.getFamily(), new Money(r.getPrice(), r.getCurrency()),
                new Money(r.getCost(), r.getCurrency()), Boolean.TRUE.equals(r.getActive()));
    }
}
