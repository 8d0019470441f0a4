package io.shopdesk.engine.internal;

import io.shopdesk.engine.TrainingJobStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingJobRepository extends JpaRepository<TrainingJob, Long> {

    Optional<TrainingJob> findFirstByOrderByRequestedAtDescIdDesc();

    boolean existsByStatusIn(Collection<TrainingJobStatus> statuses);

    List<TrainingJob> findByStatusOrderByRequestedAtAscIdAsc(TrainingJobStatus status);
}
