package se.ansvarskarta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ansvarskarta: the responsibility map of a Swedish municipal IT federation.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnsvarskartaApplication {

    public static void main(String[] args) {
        SpringApplication.run(AnsvarskartaApplication.class, args);
    }
}
