package cn.jixiao.project.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import cn.jixiao.project.project.ProjectRegistration;
import cn.jixiao.project.project.RegisterProject;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;

/**
 * The demo tenants' projects, registered through the same path as a street editor's request, so their
 * events reach the other services like any other. Runs with the {@code demo} profile (the local stack);
 * a project that already exists is left alone, so restarts change nothing.
 */
@Component
@Profile("demo")
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final ProjectRegistration registration;

    DemoProjects(ProjectRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) {
        Flux.concat(
                register("jinchen", new RegisterProject("530103-2023-MZTJ-001", "创建全省民族团结进步示范街道专项资金", 2023,
                        "昆明市盘龙区人民政府金辰街道办事处", "昆明市盘龙区人民政府金辰街道办事处")),
                register("tuodong", new RegisterProject("530103-2023-LHSQ-001", "老旧小区绿化提升及社区环境整治专项资金", 2023,
                        "昆明市盘龙区人民政府拓东街道办事处", "昆明市盘龙区人民政府拓东街道办事处")))
                .blockLast();
    }

    private Mono<Void> register(String street, RegisterProject project) {
        TenantAccess seeder = new TenantAccess("demo-seed", "demo-seed", "panlong", street, Set.of(Role.STREET_EDITOR));
        return registration.register(seeder, project)
                .doOnNext(saved -> log.info("Demo project registered for {}: {} {}", street, project.code(), project.name()))
                .onErrorResume(DuplicateKeyException.class, alreadyThere -> Mono.empty())
                .then();
    }
}
