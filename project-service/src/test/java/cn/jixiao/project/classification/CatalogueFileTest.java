package cn.jixiao.project.classification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A catalogue file with a mistake is refused at start-up, naming the line, before any clerk meets it. */
class CatalogueFileTest {

    @Test
    void aWellFormedFileIsReadWithCommentsAndBlankLinesSkipped() throws IOException {
        YearCatalogue catalogue = read("# 注释\n\ncode,name\n302,商品和服务支出\n30201,办公费\n30227,委托业务费\n");

        assertThat(catalogue.year()).isEqualTo(2024);
        assertThat(catalogue.items()).extracting(EconomicClassification::toString)
                .containsExactly("30201 办公费", "30227 委托业务费");
    }

    @Test
    void anItemUnderTheWrongCategoryIsRefused() {
        assertThatThrownBy(() -> read("code,name\n302,商品和服务支出\n30201,办公费\n31002,办公设备购置\n"))
                .hasMessageContaining("line 4").hasMessageContaining("31002 does not belong to the category above it");
    }

    @Test
    void anItemBeforeAnyCategoryIsRefused() {
        assertThatThrownBy(() -> read("code,name\n30201,办公费\n"))
                .hasMessageContaining("line 2").hasMessageContaining("does not belong");
    }

    @Test
    void aRepeatedOrUnorderedCodeIsRefused() {
        assertThatThrownBy(() -> read("code,name\n302,商品和服务支出\n30227,委托业务费\n30201,办公费\n"))
                .hasMessageContaining("line 4").hasMessageContaining("out of code order or repeated");
        assertThatThrownBy(() -> read("code,name\n302,商品和服务支出\n30227,委托业务费\n30227,委托业务费\n"))
                .hasMessageContaining("line 4");
    }

    @Test
    void aFileWithoutItsHeadingAMalformedCodeOrANamelessLineIsRefused() {
        assertThatThrownBy(() -> read("302,商品和服务支出\n")).hasMessageContaining("line 1").hasMessageContaining("heading");
        assertThatThrownBy(() -> read("code,name\n302,商品和服务支出\n3022,委托\n"))
                .hasMessageContaining("line 3").hasMessageContaining("neither");
        assertThatThrownBy(() -> read("code,name\n302,\n")).hasMessageContaining("line 2");
        assertThatThrownBy(() -> read("code,name\n302,商品和服务支出\n")).hasMessageContaining("no classification");
    }

    private static YearCatalogue read(String text) throws IOException {
        return CatalogueFile.read(2024, "2024.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
