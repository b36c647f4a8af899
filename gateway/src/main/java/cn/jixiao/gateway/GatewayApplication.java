package cn.jixiao.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The only public entry. An API client's Keycloak token is verified (via the tenancy module's resource-server
 * security) and relayed unchanged to the service that owns the path; a browser signs in here and its session's
 * access token is relayed instead (the workbench's backend-for-frontend, ADR 0010, package {@code signin}).
 * Routing failures are answered as problem+json. Services verify the token again: being behind the gateway grants
 * nothing.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
