package cn.jixiao.systemtests;

import java.net.URI;

/** Where the platform under test answers: the gateway, each service directly, and Keycloak's token endpoint. */
interface Platform {

    String gatewayUrl();

    String projectServiceUrl();

    URI tokenEndpoint();
}
