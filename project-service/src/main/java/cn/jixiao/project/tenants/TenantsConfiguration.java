package cn.jixiao.project.tenants;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakAdminProperties.class)
class TenantsConfiguration {

    /** The realm's Admin API, only where the service account's secret was given (never a default one). */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(TenantDirectory.class)
    @ConditionalOnExpression("!'${jixiao.tenants.keycloak.client-secret:}'.isBlank()")
    KeycloakTenantDirectory keycloakTenantDirectory(KeycloakAdminProperties properties) {
        return new KeycloakTenantDirectory(properties);
    }
}
