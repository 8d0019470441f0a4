package io.shopdesk.security.internal;

import io.shopdesk.security.TenantDirectory;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Keycloak login mode ({@code shopdesk.identity.mode=keycloak}, set by the {@code keycloak} profile): OIDC
 * sign-in and bearer tokens of one realm, and the admin API client that provisions organizations and users with
 * the client's service account.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shopdesk.identity.mode", havingValue = "keycloak")
@EnableConfigurationProperties(KeycloakConfiguration.KeycloakProperties.class)
class KeycloakConfiguration {

    /**
     * Where the realm is and the confidential client ShopDesk uses for sign-in and, through its service account,
     * for the admin API.
     */
    @ConfigurationProperties("shopdesk.keycloak")
    record KeycloakProperties(String url, String realm, String clientId, String clientSecret) {}

    @Bean(destroyMethod = "close")
    Keycloak keycloakAdminClient(KeycloakProperties properties) {
        return KeycloakBuilder.builder()
                .serverUrl(properties.url())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .resteasyClient(new ResteasyClientBuilderImpl()
                        .connectTimeout(5, TimeUnit.SECONDS)
                        .readTimeout(20, TimeUnit.SECONDS)
                        .connectionPoolSize(10)
                        .build())
                .build();
    }

    @Bean
    IdentityProvider keycloakIdentityProvider(Keycloak keycloak, KeycloakProperties properties) {
        return new KeycloakIdentityProvider(
                keycloak.realm(properties.realm()),
                new KeycloakUndo(),
                properties.url() + "/realms/" + properties.realm() + "/account");
    }

    @Bean
    KeycloakAccountSync keycloakAccountSync(
            UserAccountRepository accounts,
            MembershipRepository memberships,
            TenantDirectory tenants,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        return new KeycloakAccountSync(accounts, memberships, tenants, transactions, events, clock);
    }

    @Bean
    IdentityMode keycloakIdentityMode(JwtDecoder tokens, TenantDirectory tenants, KeycloakAccountSync sync) {
        return new KeycloakIdentityMode(new KeycloakSignIn(tokens, tenants, sync), new KeycloakBearerTokens(tenants));
    }
}
