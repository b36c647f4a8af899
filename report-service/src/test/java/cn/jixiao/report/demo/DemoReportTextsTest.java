package cn.jixiao.report.demo;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import cn.jixiao.report.JinchenEvents;
import cn.jixiao.report.readmodel.ProjectFacts;
import cn.jixiao.report.readmodel.ReadModel;
import cn.jixiao.report.texts.ReportTextsService;
import cn.jixiao.report.texts.ReportTextsView;
import cn.jixiao.report.texts.SectionTexts;
import cn.jixiao.report.texts.UpdateReportTexts;
import cn.jixiao.tenancy.Role;
import cn.jixiao.tenancy.TenantAccess;
import cn.jixiao.testing.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo enters 金辰's texts like an editor would, once: what is saved afterwards is the editors' own. */
@ServiceTest
class DemoReportTextsTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ReadModel model;

    @Autowired
    ReportTextsService texts;

    @Test
    void theSeedsTextsAreEnteredOnceAndAnEditorsLaterChangeIsKept() throws Exception {
        JinchenEvents jinchen = new JinchenEvents();
        jinchen.publishProject(kafka);
        ProjectFacts project = await().atMost(Duration.ofSeconds(20)).until(
                () -> model.projectUnchecked(jinchen.projectId()).block(), facts -> facts != null);
        DemoReportTexts demo = new DemoReportTexts(model, texts);

        ReportTextsView entered = demo.enter(project).block();
        assertThat(entered.texts()).isEqualTo(JinchenReportTexts.TEXTS);
        TenantAccess editor = new TenantAccess("editor", "jinchen-editor", JinchenEvents.DISTRICT, JinchenEvents.STREET,
                Set.of(Role.STREET_EDITOR));
        texts.update(editor, jinchen.projectId(), 1, new UpdateReportTexts(entered.version(), SectionTexts.NONE)).block();

        assertThat(demo.enter(project).block()).as("a restart enters nothing").isNull();
        assertThat(texts.read(editor, jinchen.projectId(), 1).block().texts()).isEqualTo(SectionTexts.NONE);
    }
}
