package se.ansvarskarta.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;

import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;

/**
 * API tokens for scripts and analysts' tools: 256 random bits, shown once, stored as a SHA-256 hash. Checking one
 * costs a hash and (at most every {@link #CACHE_FOR}) one indexed lookup, never a bcrypt round. A revocation through
 * any instance takes effect everywhere within that time.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ak_";
    static final Duration CACHE_FOR = Duration.ofSeconds(30);

    /** A token's identity: id, name, role. */
    public record TokenInfo(String id, String name, AppRole role) {
    }

    private record Cached(TokenInfo info, long until) {
    }

    private final Graph graph;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ApiTokens(Graph graph) {
        this.graph = graph;
    }

    /** Issues a token; the returned secret is not stored and cannot be shown again. */
    public Map<String, String> issue(String name, AppRole role, String createdBy) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String id = UUID.randomUUID().toString();
        graph.write(tx -> tx.run(Cypher.load("security/create-token"), Map.of("id", id, "hash", hash(secret),
                "name", name, "role", role.name().toLowerCase(), "createdBy", createdBy)).consume());
        return Map.of("id", id, "name", name, "role", role.name().toLowerCase(), "token", secret);
    }

    /** The token's identity, or null when it is unknown or revoked. */
    TokenInfo check(String secret) {
        if (!secret.startsWith(PREFIX)) {
            return null;
        }
        String hash = hash(secret);
        long now = System.nanoTime();
        Cached cached = cache.get(hash);
        if (cached != null && cached.until - now > 0) {
            return cached.info;
        }
        var rows = graph.read(tx -> tx.run(Cypher.load("security/find-token"), Map.of("hash", hash)).list());
        TokenInfo info = rows.isEmpty() ? null : new TokenInfo(rows.get(0).get("id").asString(),
                rows.get(0).get("name").asString(), AppRole.of(rows.get(0).get("role").asString()));
        if (info != null) {
            cache.put(hash, new Cached(info, now + CACHE_FOR.toNanos()));
        } else {
            cache.remove(hash);
        }
        return info;
    }

    public List<Map<String, Object>> list() {
        return graph.read(tx -> tx.run(Cypher.load("security/list-tokens")).list(r -> r.asMap()));
    }

    /** Revokes a token; false when there was no such active token. */
    public boolean revoke(String id) {
        boolean revoked = graph.write(tx -> tx.run(Cypher.load("security/revoke-token"), Map.of("id", id))
                .single().get("revoked").asLong() > 0);
        cache.clear();
        return revoked;
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
