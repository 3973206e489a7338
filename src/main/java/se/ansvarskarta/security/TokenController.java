package se.ansvarskarta.security;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Admins issue, list and revoke API tokens: {@code /api/tokens}. */
@RestController
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(String name, String role) {
    }

    @PostMapping("/api/tokens")
    ResponseEntity<Map<String, ?>> issue(@RequestBody TokenRequest request, Principal principal) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "name is required"));
        }
        AppRole role;
        try {
            role = AppRole.of(request.role() == null ? "viewer" : request.role());
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        return ResponseEntity.status(201).body(tokens.issue(request.name(), role, principal.getName()));
    }

    @GetMapping("/api/tokens")
    List<Map<String, Object>> list() {
        return tokens.list();
    }

    @DeleteMapping("/api/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        return tokens.revoke(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
