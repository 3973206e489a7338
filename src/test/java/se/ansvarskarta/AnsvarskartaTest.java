package se.ansvarskarta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on a random port against the one shared test Neo4j. Users: {@code admin}/{@code test-admin},
 * {@code viewer}/{@code viewer-pw}, {@code editor}/{@code editor-pw}. Every test imports the model it needs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ANSVARSKARTA_ADMIN_PASSWORD=test-admin",
        "ansvarskarta.users[0].name=viewer",
        "ansvarskarta.users[0].password-hash=$2a$04$k7edTCdv6wzqAi2EIoCNG.FKFdHZUqFma0wnC8IyC2dMFwhV5BK2m",
        "ansvarskarta.users[0].role=viewer",
        "ansvarskarta.users[1].name=editor",
        "ansvarskarta.users[1].password-hash=$2a$04$QFuffH7ZCjOoXUAluZrlTeJLhZWWL8m8oLdRewWvg7Nh6pMG8GzT2",
        "ansvarskarta.users[1].role=editor"
})
@ContextConfiguration(initializers = TestNeo4j.Initializer.class)
public @interface AnsvarskartaTest {
}
