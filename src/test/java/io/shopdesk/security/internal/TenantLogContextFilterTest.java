package io.shopdesk.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopdesk.security.TenantMembership;
import io.shopdesk.shared.LogFields;
import io.shopdesk.shared.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class TenantLogContextFilterTest {

    private final TenantLogContextFilter filter = new TenantLogContextFilter();
    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    @Test
    void log_lines_of_a_signed_in_request_name_the_active_tenant_and_stop_after_it() throws Exception {
        signIn("yunshang");

        run();

        assertThat(seen).containsExactly("yunshang");
        assertThat(MDC.get(LogFields.TENANT)).isNull();
    }

    @Test
    void anonymous_requests_carry_no_tenant() throws Exception {
        run();

        assertThat(seen).containsExactly((String) null);
    }

    @Test
    void a_tenant_set_upstream_is_left_alone() throws Exception {
        signIn("yunshang");
        MDC.put(LogFields.TENANT, "brightwave");

        run();

        assertThat(seen).containsExactly("brightwave");
        assertThat(MDC.get(LogFields.TENANT)).isEqualTo("brightwave");
    }

    private void run() throws Exception {
        filter.doFilter(
                new MockHttpServletRequest("GET", "/"),
                new MockHttpServletResponse(),
                (request, response) -> seen.add(MDC.get(LogFields.TENANT)));
    }

    private static void signIn(String slug) {
        var tenant = new TenantId(slug);
        var user = new LocalUser(
                "someone@" + slug + ".example",
                "Someone",
                "{noop}x",
                false,
                true,
                List.of(new TenantMembership(tenant, "Shop", Set.of("AGENT"))),
                tenant);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
