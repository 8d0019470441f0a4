/**
 * Values every module may use: tenant ids, error types that carry an i18n message key. No behaviour, no Spring
 * beans, no persistence.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.shopdesk.shared;
