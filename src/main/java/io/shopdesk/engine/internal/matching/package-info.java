/**
 * The matching library: pure Java, no Spring, no database. Trains a {@link
 * io.shopdesk.engine.internal.matching.TenantModel} from a tenant's example questions, answers questions with it,
 * and writes and reads models as bytes for the registry. The evaluation command and the runtime use exactly this
 * code path. Labels are opaque strings (the runtime uses FAQ entry ids; evaluation files use their own labels).
 */
package io.shopdesk.engine.internal.matching;
