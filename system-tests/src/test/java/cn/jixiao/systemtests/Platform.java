package cn.jixiao.systemtests;

import java.net.URI;

/**
 * Where the platform under test answers.
 *
 * @param gatewayUrl        the only public entry
 * @param projectServiceUrl project-service directly, to prove it checks tokens itself
 * @param tokenEndpoint     Keycloak's token endpoint of the jixiao realm
 */
record Platform(String gatewayUrl, String projectServiceUrl, URI tokenEndpoint) {
}
