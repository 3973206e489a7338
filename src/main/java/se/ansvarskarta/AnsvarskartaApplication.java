package se.ansvarskarta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.ansvarskarta.scale.NationalModelGenerator;

/**
 * Ansvarskarta: the responsibility map of a Swedish municipal IT federation.
 *
 * <p>{@code java -jar ansvarskarta.jar generate ...} runs the synthetic model generator instead of the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnsvarskartaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(NationalModelGenerator.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(AnsvarskartaApplication.class, args);
    }
}
