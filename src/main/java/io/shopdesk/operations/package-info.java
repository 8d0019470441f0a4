/**
 * Data protection and operations across the other modules: masking of personal data (phone numbers, e-mail and
 * street addresses, ID and bank card numbers) in stored transcripts, logs and exports per tenant setting, retention
 * of conversations per tenant, and offboarding (export, then delete all of a tenant's data). Implements ports that
 * lower modules declare; never called by them directly.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package io.shopdesk.operations;
