package dev.rapport.sdk.extension;

/**
 * Paths of the kernel's pages, for a plugin's links and navigation ({@code UI.getCurrent().navigate(path)} or an
 * {@code Anchor}). The platform keeps these paths working within the SDK's major version, so a plugin never
 * hard-codes a kernel route.
 *
 * @since 1.3.0
 */
public final class KernelLinks {

    private KernelLinks() {
    }

    /**
     * The 360° view of a customer.
     *
     * @param customerId the customer's id
     * @return the path, e.g. {@code customers/42}
     */
    public static String customer(long customerId) {
        return "customers/" + customerId;
    }

    /**
     * The form that edits a customer.
     *
     * @param customerId the customer's id
     * @return the path, e.g. {@code customers/42/edit}
     */
    public static String customerEdit(long customerId) {
        return customer(customerId) + "/edit";
    }

    /**
     * The customer list.
     *
     * @return the path
     */
    public static String customers() {
        return "customers";
    }

    /**
     * The signed-in user's open tasks and their departments' queues.
     *
     * @return the path
     */
    public static String myWork() {
        return "my-work";
    }
}
