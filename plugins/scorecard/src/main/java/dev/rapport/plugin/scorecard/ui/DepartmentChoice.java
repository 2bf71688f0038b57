package dev.rapport.plugin.scorecard.ui;

import dev.rapport.plugin.scorecard.build.ScorecardAccess;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A scorecard's owner as the pages offer it: a department, or the company (id 0). */
public record DepartmentChoice(long id, String name, Optional<Department> department) {

    /** The owners whose scorecards {@code user} reads: their departments first, the company last. */
    public static List<DepartmentChoice> readableBy(UserInfo user, PluginContext context, String companyName) {
        List<DepartmentChoice> choices = new ArrayList<>();
        ScorecardAccess.readable(user, context.staff().departments()).forEach(department ->
                choices.add(new DepartmentChoice(department.id(), department.name(), Optional.of(department))));
        if (ScorecardAccess.canRead(user, Scorecard.COMPANY)) {
            choices.add(new DepartmentChoice(Scorecard.COMPANY, companyName, Optional.empty()));
        }
        return choices;
    }
}
