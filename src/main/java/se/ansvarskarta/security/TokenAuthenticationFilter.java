package se.ansvarskarta.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer ak_...}: authenticates a request by API token; an unknown token gets 401. */
final class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    TokenAuthenticationFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ApiTokens.TokenInfo info = tokens.check(header.substring(7).trim());
            if (info == null) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/json");
                response.getWriter().write("{\"error\":\"invalid or revoked API token\"}");
                return;
            }
            var auth = UsernamePasswordAuthenticationToken.authenticated("token:" + info.name(), null,
                    info.role().authorities());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(auth);
            SecurityContextHolder.setContext(context);
            // kept for the request's later dispatches too: a streamed answer is written in an async dispatch
            repository.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
