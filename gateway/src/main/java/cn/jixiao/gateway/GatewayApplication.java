package cn.jixiao.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The only public entry. It verifies the Keycloak token (via the tenancy module's resource-server
 * security), relays it unchanged to the service that owns the path, and answers routing failures as
 * problem+json. Services verify the token again: being behind the gateway grants nothing.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
