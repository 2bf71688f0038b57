package dev.rapport.sdk.event;

/**
 * An event a plugin defines and publishes, e.g. a record {@code LeadConverted(Long customerId, long leadId)}.
 *
 * <p>The event's type name is its plugin id and simple class name ({@code acquisition.LeadConverted}). It
 * reaches the listeners of its own plugin, and of plugins that can load its class (plugins that declare a
 * PF4J dependency on the publisher). While the publishing plugin is not running, its pending events wait.
 *
 * @since 1.0.0
 */
public non-sealed interface PluginEvent extends DomainEvent {
}
