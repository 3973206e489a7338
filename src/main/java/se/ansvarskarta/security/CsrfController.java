package se.ansvarskarta.security;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/csrf}: the CSRF token for pages that POST with the session cookie (GraphiQL, the explorer).
 * Reading it also sets the {@code XSRF-TOKEN} cookie, which a page echoes as the {@code X-XSRF-TOKEN} header.
 */
@RestController
class CsrfController {

    @GetMapping("/api/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }
}
