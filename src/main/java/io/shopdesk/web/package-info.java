/**
 * What every HTTP API of ShopDesk shares: errors as RFC 9457 problem details in the caller's language (never a
 * stack trace), with the broken rule's message key and the field it concerns. Owns no data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP API support")
package io.shopdesk.web;
