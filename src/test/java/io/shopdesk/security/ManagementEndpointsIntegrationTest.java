package io.shopdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.testing.ConsoleHttpClient;
import io.shopdesk.testing.IntegrationTest;
import io.shopdesk.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The Actuator as a cluster sees it on the main port: probes answer anyone, Prometheus metrics only platform
 * staff (the Helm chart moves the Actuator to a management port of its own, where scrapers need no sign-in).
 */
@IntegrationTest
class ManagementEndpointsIntegrationTest {

    private static final String PROMETHEUS_TEXT = "text/plain;version=0.0.4";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Autowired
    ApplicationContext context;

    @Test
    void liveness_and_readiness_groups_answer_up_without_sign_in() {
        var anonymous = new ConsoleHttpClient(port);

        for (String path :
                new String[] {"/actuator/health/liveness", "/actuator/health/readiness", "/livez", "/readyz"}) {
            var response = anonymous.get(path, "application/json");
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void readiness_waits_for_the_database_and_liveness_does_not() {
        var readiness = healthGroups.get("readiness");
        var liveness = healthGroups.get("liveness");

        assertThat(readiness.isMember("db")).isTrue();
        assertThat(readiness.isMember("readinessState")).isTrue();
        assertThat(liveness.isMember("db")).isFalse();
        assertThat(liveness.isMember("livenessState")).isTrue();
    }

    @Test
    void a_pod_that_refuses_traffic_is_not_ready_but_stays_alive() {
        var anonymous = new ConsoleHttpClient(port);
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var readiness = anonymous.get("/readyz", "application/json");
            var liveness = anonymous.get("/livez", "application/json");

            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(liveness.statusCode()).isEqualTo(200);
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(anonymous.get("/readyz", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void a_broken_pod_is_not_alive() {
        var anonymous = new ConsoleHttpClient(port);
        AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
        try {
            assertThat(anonymous.get("/livez", "application/json").statusCode()).isEqualTo(503);
        } finally {
            AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
        }
        assertThat(anonymous.get("/livez", "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheus_metrics_are_refused_to_anonymous_callers_with_a_problem_detail() {
        var response = new ConsoleHttpClient(port).get("/actuator/prometheus", PROMETHEUS_TEXT);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("jvm_memory");
    }

    @Test
    void prometheus_metrics_are_refused_to_a_tenant_admin() {
        var tenant = users.newTenant();
        var admin = new ConsoleHttpClient(port);
        admin.signIn(tenant.admin(), TestUsers.PASSWORD, false);

        var response = admin.get("/actuator/prometheus", PROMETHEUS_TEXT);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("jvm_memory");
    }

    @Test
    void platform_staff_read_prometheus_metrics_tagged_with_the_application() {
        var staff = new ConsoleHttpClient(port);
        assertThat(staff.signIn(TestUsers.PLATFORM_ADMIN, TestUsers.DEMO_PASSWORD, false))
                .doesNotContain("error");
        staff.get("/actuator/health/readiness", "application/json");

        var response = staff.get("/actuator/prometheus", PROMETHEUS_TEXT);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("jvm_memory_used_bytes{")
                .contains("application=\"shopdesk\"")
                .contains("hikaricp_connections_active{")
                .contains("http_server_requests_seconds_count{");
    }
}
