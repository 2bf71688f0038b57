package dev.rapport.plugin.upsell.trigger;

/**
 * What kind of domain event a rule listens to: a recorded transaction, a logged interaction, a change of the
 * customer's record, or another plugin's event (e.g. the acquisition plugin's lead converted into a customer).
 */
public enum TriggerEvent {
    TRANSACTION, INTERACTION, CUSTOMER_UPDATED, PLUGIN_EVENT
}
