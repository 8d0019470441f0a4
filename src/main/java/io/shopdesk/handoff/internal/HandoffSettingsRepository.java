package io.shopdesk.handoff.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Keyed by tenant id (not filtered by Hibernate: callers pass the current tenant). */
public interface HandoffSettingsRepository extends JpaRepository<HandoffSettings, String> {}
