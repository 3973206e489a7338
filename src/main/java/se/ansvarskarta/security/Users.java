package se.ansvarskarta.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import se.ansvarskarta.graph.AnsvarskartaProperties;
import se.ansvarskarta.graph.Cypher;
import se.ansvarskarta.graph.Graph;
import se.ansvarskarta.graph.SchemaInitializer;

/**
 * Users: the built-in {@code admin}, whose bcrypt hash lives in the database so that every instance shares it, and
 * the users configured under {@code ansvarskarta.users}.
 */
@Service
class Users implements UserDetailsService, InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(Users.class);
    static final String ADMIN = "admin";

    private final Graph graph;
    private final PasswordEncoder encoder;
    private final AnsvarskartaProperties properties;
    private final String adminPassword;

    Users(Graph graph, PasswordEncoder encoder, AnsvarskartaProperties properties, SchemaInitializer schema,
          @Value("${ANSVARSKARTA_ADMIN_PASSWORD:}") String adminPassword) {
        this.graph = graph;
        this.encoder = encoder;
        this.properties = properties;
        this.adminPassword = adminPassword;
    }

    /** Sets the admin password from the environment, or generates one on the very first start and prints it once. */
    @Override
    public void afterPropertiesSet() {
        var stored = graph.read(tx -> tx.run(Cypher.load("security/find-user"), Map.of("name", ADMIN)).list());
        if (!adminPassword.isBlank()) {
            if (stored.isEmpty() || !encoder.matches(adminPassword, stored.get(0).get("hash").asString())) {
                save(ADMIN, adminPassword, AppRole.ADMIN);
                log.info("Password of user 'admin' set from ANSVARSKARTA_ADMIN_PASSWORD");
            }
        } else if (stored.isEmpty()) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            save(ADMIN, generated, AppRole.ADMIN);
            String line = "=".repeat(72);
            System.out.println(line + "\n Ansvarskarta: user 'admin' created with the password\n\n     " + generated
                    + "\n\n Shown only this once; set ANSVARSKARTA_ADMIN_PASSWORD to choose your own.\n" + line);
        }
    }

    private void save(String name, String password, AppRole role) {
        graph.write(tx -> tx.run(Cypher.load("security/save-user"), Map.of("name", name,
                "hash", encoder.encode(password), "role", role.name().toLowerCase())).consume());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        for (AnsvarskartaProperties.User user : properties.users()) {
            if (user.name().equals(username)) {
                return User.withUsername(user.name()).password(user.passwordHash())
                        .authorities(AppRole.of(user.role()).authorities()).build();
            }
        }
        var stored = graph.read(tx -> tx.run(Cypher.load("security/find-user"), Map.of("name", username)).list());
        if (stored.isEmpty()) {
            throw new UsernameNotFoundException(username);
        }
        var r = stored.get(0);
        return User.withUsername(r.get("name").asString()).password(r.get("hash").asString())
                .authorities(AppRole.of(r.get("role").asString()).authorities()).build();
    }
}
