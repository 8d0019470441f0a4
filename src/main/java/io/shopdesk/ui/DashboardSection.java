package io.shopdesk.ui;

import com.vaadin.flow.component.Component;
import io.shopdesk.security.SignedInUser;

/**
 * A part of the landing dashboard, contributed by a feature module's {@code ui} package as a Spring bean. The
 * dashboard shows, in order, every section visible to the signed-in user.
 */
public interface DashboardSection {

    /** Lower comes first. */
    int order();

    boolean isVisibleTo(SignedInUser user);

    /** Builds the section for the current UI; called on each visit. */
    Component create(SignedInUser user);
}
