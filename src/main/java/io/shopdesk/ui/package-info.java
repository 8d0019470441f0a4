/**
 * The console shell: login and organization picker, main layout with navigation by role, user menu (profile,
 * language, sign-out), the per-role dashboard, and the components and helpers every feature view shares
 * (translated messages, form errors, confirmation dialogs). Feature views live in their module's {@code ui}
 * package and plug in through {@code @Route}, {@code @Menu} and {@link io.shopdesk.ui.DashboardSection}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console shell")
package io.shopdesk.ui;
