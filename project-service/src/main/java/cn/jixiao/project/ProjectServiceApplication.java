package cn.jixiao.project;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import cn.jixiao.messaging.outbox.OutboxCollection;
import cn.jixiao.project.project.Project;

/** Each street's funded projects: registration, budgets, spending, goals, indicators and evidence. */
@SpringBootApplication
public class ProjectServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ProjectServiceApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxCollection projectOutbox() {
        return new OutboxCollection(Project.COLLECTION);
    }
}
