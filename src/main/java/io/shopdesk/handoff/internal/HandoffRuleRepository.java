package io.shopdesk.handoff.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HandoffRuleRepository extends JpaRepository<HandoffRuleRow, Long> {

    List<HandoffRuleRow> findAllByOrderByPositionAsc();
}
