package cn.jixiao.project.tenants;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** project-service with the realm in memory instead of Keycloak's Admin API; shared by the tenant tests' context. */
@TestConfiguration(proxyBeanMethods = false)
class RealmInMemory {

    @Bean
    InMemoryTenantDirectory tenantDirectory() {
        return new InMemoryTenantDirectory();
    }
}
