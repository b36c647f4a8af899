import java.nio.file.*;
import java.time.Instant;
import java.util.*;
import com.nimbusds.jose.*;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.*;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.*;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServer;

/** Benchmark helper: a realm's JWKS and a trivial upstream on one port; writes tokens for N users to files. */
public class FakeRealm {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        RSAKey key = new RSAKeyGenerator(2048).keyID("bench").generate();
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        String issuer = "http://localhost:" + port + "/realms/jixiao";
        for (int i = 0; i < 4; i++) {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("bench-" + i)
                    .audience(List.of("jixiao-api")).issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(7200)))
                    .claim("preferred_username", "bench-" + i).claim("groups", List.of("/panlong/street" + i))
                    .claim("realm_access", Map.of("roles", List.of("street-editor"))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("bench").type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            Files.writeString(Path.of(System.getProperty("bench.dir", "."), "token" + i), jwt.serialize());
        }
        HttpServer.create().host("127.0.0.1").port(port)
                .route(r -> r.get("/realms/jixiao/protocol/openid-connect/certs", (q, s) ->
                                s.header("Content-Type", "application/json").sendString(Mono.just(jwks)))
                        .route(q -> q.uri().startsWith("/api/"), (q, s) ->
                                s.header("Content-Type", "application/json").sendString(Mono.just("{\"ok\":true}"))))
                .bindNow().onDispose().block();
    }
}
