package io.shopdesk.handoff;

import io.shopdesk.conversation.HandoffAction;
import io.shopdesk.conversation.ReopenRoute;
import io.shopdesk.handoff.internal.DefaultHandoffPolicy;
import io.shopdesk.handoff.internal.HandoffPolicyEngine;
import io.shopdesk.handoff.internal.HandoffRuleRepository;
import io.shopdesk.handoff.internal.HandoffRuleRow;
import io.shopdesk.handoff.internal.HandoffSettings;
import io.shopdesk.handoff.internal.HandoffSettingsRepository;
import io.shopdesk.handoff.internal.PolicyCache;
import io.shopdesk.security.Roles;
import io.shopdesk.security.TenantContext;
import io.shopdesk.shared.BusinessHours;
import io.shopdesk.shared.BusinessRuleException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The current tenant's handoff policy: its ordered rules, or the default policy while it has none. Saving replaces
 * the whole list; every rule is checked first (a clear field error, nothing saved), and the runtime uses the new
 * rules from the next turn on.
 */
@Service
public class HandoffPolicies {

    public static final int MAX_RULES = 50;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.-]{1,60}");
    private static final Pattern GROUP = Pattern.compile("[\\p{L}\\p{N}_.-]{1,60}");

    private final HandoffRuleRepository rules;
    private final PolicyCache cache;
    private final HandoffSettingsRepository settings;

    HandoffPolicies(HandoffRuleRepository rules, PolicyCache cache, HandoffSettingsRepository settings) {
        this.rules = rules;
        this.cache = cache;
        this.settings = settings;
    }

    /** Where a closed conversation goes when its customer writes again ({@link ReopenRoute#BOT} by default). */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public ReopenRoute reopenRoute() {
        return settings.findById(TenantContext.require().value())
                .map(HandoffSettings::reopenTo)
                .orElse(ReopenRoute.BOT);
    }

    /**
     * Sets where a closed conversation goes when its customer writes again. {@link ReopenRoute#LAST_AGENT} goes to
     * the queue of its skill group when that agent cannot take it then.
     */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public void saveReopenRoute(ReopenRoute route) {
        if (route == null) {
            throw BusinessRuleException.onField("reopenRoute", "handoff.error.reopen-route");
        }
        String tenant = TenantContext.require().value();
        settings.findById(tenant)
                .ifPresentOrElse(
                        existing -> existing.reopenTo(route), () -> settings.save(new HandoffSettings(tenant, route)));
    }

    /** The rules in order: the tenant's own, or the default policy. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional(readOnly = true)
    public List<HandoffRule> rules() {
        var stored = rules.findAllByOrderByPositionAsc().stream()
                .map(HandoffRuleRow::rule)
                .toList();
        return stored.isEmpty() ? DefaultHandoffPolicy.RULES : stored;
    }

    /** Replaces the tenant's rules; an empty list goes back to the default policy. */
    @PreAuthorize(Roles.HAS_TENANT_ADMIN)
    @Transactional
    public void save(List<HandoffRule> newRules) {
        check(newRules);
        rules.deleteAll(rules.findAllByOrderByPositionAsc());
        rules.flush();
        for (int i = 0; i < newRules.size(); i++) {
            rules.save(new HandoffRuleRow(i + 1, newRules.get(i)));
        }
        var tenant = TenantContext.require();
        cache.forget(tenant);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.forget(tenant);
            }
        });
    }

    /** Checks a whole policy as {@link #save} does, without saving (the simulator runs drafts). */
    public static void check(List<HandoffRule> policy) {
        if (policy.size() > MAX_RULES) {
            throw BusinessRuleException.onField("rules", "handoff.error.too-many-rules", MAX_RULES);
        }
        var names = new HashSet<String>();
        for (int i = 0; i < policy.size(); i++) {
            var rule = policy.get(i);
            String field = "rules[" + i + "]";
            if (rule.name() == null || !NAME.matcher(rule.name()).matches()) {
                throw BusinessRuleException.onField(field + ".name", "handoff.error.rule-name");
            }
            if (!names.add(rule.name())) {
                throw BusinessRuleException.onField(field + ".name", "handoff.error.rule-name-taken", rule.name());
            }
            if (rule.type() == null || rule.action() == null) {
                throw BusinessRuleException.onField(field + ".type", "handoff.error.rule-type");
            }
            if (rule.skillGroup() != null && !GROUP.matcher(rule.skillGroup()).matches()) {
                throw BusinessRuleException.onField(field + ".skillGroup", "handoff.error.skill-group");
            }
            if (rule.message() != null && rule.message().length() > 1000) {
                throw BusinessRuleException.onField(field + ".message", "handoff.error.message-too-long", 1000);
            }
            if (rule.parameter().length() > 1000) {
                throw BusinessRuleException.onField(field + ".parameter", "handoff.error.parameter-too-long", 1000);
            }
            String problem = parameterProblem(rule);
            if (problem != null) {
                throw BusinessRuleException.onField(field + ".parameter", problem, rule.name());
            }
        }
    }

    private static String parameterProblem(HandoffRule rule) {
        String parameter = rule.parameter();
        try {
            switch (rule.type()) {
                case LOW_CONFIDENCE -> {
                    String[] parts = parameter.isEmpty() ? new String[] {"2"} : parameter.split(":");
                    int turns = Integer.parseInt(parts[0].strip());
                    double below = parts.length > 1 ? Double.parseDouble(parts[1].strip()) : 0.5;
                    if (turns < 1 || turns > 10 || below <= 0 || below > 1 || parts.length > 2) {
                        return "handoff.error.low-confidence";
                    }
                }
                case NEGATIVE_SENTIMENT -> {
                    double threshold = parameter.isEmpty() ? 0.5 : Double.parseDouble(parameter);
                    if (threshold <= 0 || threshold > 1) {
                        return "handoff.error.sentiment";
                    }
                }
                case KEYWORD, TOPIC -> {
                    if (HandoffPolicyEngine.words(parameter).isEmpty()) {
                        return "handoff.error.words";
                    }
                }
                case REGEX -> HandoffPolicyEngine.compile(parameter);
                case CUSTOMER_ATTRIBUTE -> {
                    int equals = parameter.indexOf('=');
                    if (equals <= 0
                            || HandoffPolicyEngine.words(parameter.substring(equals + 1))
                                    .isEmpty()) {
                        return "handoff.error.attribute";
                    }
                }
                case OUTSIDE_BUSINESS_HOURS -> BusinessHours.parse(parameter);
                case EXPLICIT_REQUEST, NO_AGENT_AVAILABLE -> {}
            }
        } catch (IllegalArgumentException unreadable) {
            return switch (rule.type()) {
                case REGEX -> "handoff.error.regex";
                case OUTSIDE_BUSINESS_HOURS -> "handoff.error.business-hours";
                case LOW_CONFIDENCE -> "handoff.error.low-confidence";
                default -> "handoff.error.sentiment";
            };
        }
        if (rule.type().guard() && rule.action() == HandoffAction.OFFER_PERSON) {
            return "handoff.error.guard-action";
        }
        return null;
    }
}
