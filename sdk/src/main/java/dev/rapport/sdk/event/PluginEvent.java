package dev.rapport.sdk.event;

/**
 * An event a plugin defines and publishes, e.g. a record {@code LeadConverted(Long customerId, long leadId)}.
 *
 * <p>The event's type name is its plugin id and simple class name ({@code acquisition.LeadConverted}). It
 * reaches the listeners of its own plugin, and of plugins that can load its class (plugins that declare a
 * PF4J dependency on the publisher). While the publishing plugin is not running, its pending events wait.
 *
 * <p>Waiting means, for each listener: an event whose plugin is not running (disabled, stopped for an update or a
 * reload, not yet started, or failed to start) is held for that listener, with the later events of the same
 * customer behind it, while the listener goes on with other customers' events. When the plugin runs again the held
 * events are delivered, in order, before any later event of their customers, and skipped for listeners whose
 * {@link dev.rapport.sdk.extension.DomainEventListener#accepts accepts} refuses their type. If the plugin is
 * uninstalled, its events wait until it is installed again or an administrator discards them (Event delivery page);
 * discarding one delivers the customer's events that waited behind it. An event whose class the running plugin no
 * longer has (renamed or removed in an update) cannot be read: it is parked as failed for an administrator.
 *
 * @since 1.0.0
 */
public non-sealed interface PluginEvent extends DomainEvent {
}
