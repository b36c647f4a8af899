package cn.jixiao.evaluation;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Scores projects by the Ministry of Finance rules and carries the self-evaluation through review. */
@SpringBootApplication
public class EvaluationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationServiceApplication.class, args);
    }

    /** The one clock every timestamp of this service is read from, so a test can set the time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
