package dev.rapport.plugin.accountnotes;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * The account notes plugin: short notes on customers (a customer-360 tab and a page of the latest notes),
 * and a follow-up task whenever a contact is logged with the outcome "follow-up needed". It is the example
 * of every extension point and the template for plugin authors (see the SDK's README).
 */
public final class AccountNotesPlugin extends RapportPlugin {

    public AccountNotesPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        // Views and extensions that ask for a NoteRepository in their constructor receive this one.
        context().provide(NoteRepository.class, new NoteRepository(context()));
        context().logger().info("Account notes started");
    }

    @Override
    public void stop() {
        context().logger().info("Account notes stopped");
    }
}
