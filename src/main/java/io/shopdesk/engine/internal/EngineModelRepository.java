package io.shopdesk.engine.internal;

import io.shopdesk.engine.ModelStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EngineModelRepository extends JpaRepository<EngineModel, Long> {

    List<EngineModel> findAllByOrderByModelVersionDesc();

    Optional<EngineModel> findByModelVersion(int modelVersion);

    Optional<EngineModel> findFirstByStatus(ModelStatus status);

    @Query("select coalesce(max(m.modelVersion), 0) from EngineModel m")
    int highestVersion();
}
