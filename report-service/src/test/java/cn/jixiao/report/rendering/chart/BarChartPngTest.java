package cn.jixiao.report.rendering.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import cn.jixiao.report.document.Block.Chart;

/** The report's bar charts as PNG pictures that any format can embed. */
class BarChartPngTest {

    private static final Chart SCORES = new Chart("各部分得分与分值", "分", List.of("预算执行率", "产出指标", "效益指标", "满意度指标"),
            List.of(new Chart.Series("分值", List.of(new BigDecimal("10"), new BigDecimal("50"), new BigDecimal("30"), new BigDecimal("10"))),
                    new Chart.Series("得分", List.of(new BigDecimal("10.00"), new BigDecimal("48.00"), new BigDecimal("30.00"), new BigDecimal("10.00")))));

    @Test
    void drawsAPngTwiceItsPrintedSizeForSharpPrint() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(BarChartPng.render(SCORES)));
        assertThat(image.getWidth()).isEqualTo(BarChartPng.WIDTH * 2);
        assertThat(image.getHeight()).isEqualTo(BarChartPng.HEIGHT * 2);
    }

    @Test
    void drawsBarsInTheSeriesColoursOnWhite() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(BarChartPng.render(SCORES)));
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        boolean darkBlue = false;
        for (int x = 0; x < image.getWidth() && !darkBlue; x += 2) {
            for (int y = 0; y < image.getHeight() && !darkBlue; y += 2) {
                darkBlue = (image.getRGB(x, y) & 0xFFFFFF) == 0x1F4E79;
            }
        }
        assertThat(darkBlue).as("a bar of the first series").isTrue();
    }
}
