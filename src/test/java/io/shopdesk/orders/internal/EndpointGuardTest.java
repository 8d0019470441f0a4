package io.shopdesk.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EndpointGuardTest {

    private final EndpointGuard production = new EndpointGuard(false);
    private final EndpointGuard embedded = new EndpointGuard(true);

    @Test
    void only_http_and_https_urls_with_a_host_and_no_user_info_are_allowed() {
        assertThat(production.refusal(URI.create("file:///etc/passwd"))).isPresent();
        assertThat(production.refusal(URI.create("ftp://93.184.215.14/orders/1")))
                .isPresent();
        assertThat(production.refusal(URI.create("gopher://93.184.215.14/"))).isPresent();
        assertThat(production.refusal(URI.create("http:///orders/1"))).isPresent();
        assertThat(production.refusal(URI.create("https://user:pw@93.184.215.14/orders/1")))
                .isPresent();
        assertThat(production.refusal(URI.create("https://93.184.215.14/orders/1")))
                .isEmpty();
    }

    @Test
    void loopback_private_and_shared_addresses_are_refused_in_production() {
        for (String url : new String[] {
            "http://127.0.0.1:8080/x",
            "http://localhost/x",
            "http://10.1.2.3/x",
            "http://172.16.0.9/x",
            "http://192.168.1.1/x",
            "http://100.64.0.1/x",
            "http://[::1]/x",
            "http://[fd00::1]/x",
            "http://0.0.0.0/x"
        }) {
            assertThat(production.refusal(URI.create(url))).as(url).isPresent();
        }
    }

    @Test
    void link_local_addresses_such_as_cloud_metadata_are_refused_even_where_private_ones_are_allowed() {
        assertThat(embedded.refusal(URI.create("http://127.0.0.1:8080/x"))).isEmpty();
        assertThat(embedded.refusal(URI.create("http://192.168.1.1/x"))).isEmpty();
        assertThat(embedded.refusal(URI.create("http://169.254.169.254/latest/meta-data")))
                .isPresent();
        assertThat(embedded.refusal(URI.create("http://[fe80::1]/x"))).isPresent();
        assertThat(embedded.refusal(URI.create("http://224.0.0.1/x"))).isPresent();
    }
}
