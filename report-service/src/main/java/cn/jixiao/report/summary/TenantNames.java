package cn.jixiao.report.summary;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Chinese names of districts and streets (盘龙区, 金辰街道) for the documents handed in, keyed by the ids the
 * tokens and events carry. Deployment data, like the Keycloak groups whose {@code displayName} they repeat; an
 * id without a name is printed as it is.
 */
@ConfigurationProperties("jixiao.tenant-names")
public record TenantNames(Map<String, String> names) {

    public TenantNames {
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    public String of(String tenantId) {
        return names.getOrDefault(tenantId, tenantId);
    }
}
