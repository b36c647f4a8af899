package cn.jixiao.systemtests;

import java.net.URI;
import java.util.List;

/**
 * Where the platform under test answers.
 *
 * @param gatewayUrl        the only public entry
 * @param projectServiceUrl project-service directly, to prove it checks tokens itself
 * @param tokenEndpoint     Keycloak's token endpoint of the jixiao realm
 * @param serviceUrls       every service behind the gateway directly, where each serves its OpenAPI document
 */
public record Platform(String gatewayUrl, String projectServiceUrl, URI tokenEndpoint, List<String> serviceUrls) {

    public Platform {
        serviceUrls = List.copyOf(serviceUrls);
    }
}
