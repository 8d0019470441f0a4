/**
 * Console components of the knowledge module that other modules' views use (the FAQ entry picker of the review
 * queue and the test-question set).
 */
@org.springframework.modulith.NamedInterface("ui-components")
package io.shopdesk.knowledge.ui.components;
