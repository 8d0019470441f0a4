package io.shopdesk.knowledge.web;

import io.shopdesk.knowledge.FaqDraft;
import io.shopdesk.knowledge.FaqEntrySummary;
import io.shopdesk.knowledge.FaqManagement;
import io.shopdesk.security.Roles;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's tenant's FAQ over HTTP: list, and add entries (all or nothing). */
@RestController
class FaqApi {

    private final FaqManagement faq;

    FaqApi(FaqManagement faq) {
        this.faq = faq;
    }

    @GetMapping("/api/v1/faq")
    @PreAuthorize(Roles.HAS_TRAINER)
    List<FaqEntrySummary> list() {
        return faq.allEntries();
    }

    @PostMapping("/api/v1/faq")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Integer> add(@RequestBody List<FaqDraft> drafts) {
        return Map.of("added", faq.addEntries(drafts));
    }
}
