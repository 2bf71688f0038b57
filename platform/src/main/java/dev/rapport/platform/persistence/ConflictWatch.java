package dev.rapport.platform.persistence;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Marks this thread's {@link AmbientTransaction} as rolled back when one of its statements meets a deadlock or a
 * certification conflict, even if the code that ran the statement catches the error and goes on.
 */
final class ConflictWatch implements ExecuteListener {

    @Override
    public void exception(ExecuteContext context) {
        AmbientTransaction ambient = AmbientTransaction.current();
        if (ambient != null && ConflictRetry.isConflict(context.exception())) {
            ambient.markConflicted();
        }
    }
}
