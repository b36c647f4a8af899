package cn.jixiao.gateway.signin;

import reactor.core.publisher.Mono;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** {@code GET /api/me}: answered by the gateway itself, for a session and a bearer token alike. */
@RestController
class SignedInController {

    private final SignedInUsers users;

    SignedInController(SignedInUsers users) {
        this.users = users;
    }

    @GetMapping("/api/me")
    Mono<SignedIn> me(ServerWebExchange exchange) {
        // security has let only signed-in requests reach here
        return users.of(exchange).map(SignedIn::of);
    }
}
