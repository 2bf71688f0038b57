package dev.rapport.plugin.acquisition.support;

import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.ProductInfo;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The product catalogue by id, read once per use (it has tens of entries). */
public record Products(Map<Long, ProductInfo> byId) {

    public static Products of(CustomerDirectory customers) {
        return new Products(customers.products().stream().collect(Collectors.toMap(ProductInfo::id, Function.identity())));
    }

    public Set<String> codes(Set<Long> productIds) {
        return productIds.stream().map(byId::get).filter(java.util.Objects::nonNull).map(ProductInfo::code)
                .collect(Collectors.toSet());
    }

    public String name(long productId) {
        ProductInfo product = byId.get(productId);
        return product == null ? "#" + productId : product.name();
    }
}
