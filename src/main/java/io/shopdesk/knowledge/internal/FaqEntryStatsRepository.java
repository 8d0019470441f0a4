package io.shopdesk.knowledge.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FaqEntryStatsRepository extends JpaRepository<FaqEntryStats, Long> {}
