package nl.jbr.integriteit;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JbrIntegriteitApplication {
    public static void main(String[] args) {
        org.springframework.boot.SpringApplication.run(JbrIntegriteitApplication.class, args);
    }
}
