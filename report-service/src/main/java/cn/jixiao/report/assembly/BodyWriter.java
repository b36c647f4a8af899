package cn.jixiao.report.assembly;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.jixiao.report.document.Block;
import cn.jixiao.report.texts.SectionTexts;

/**
 * Writes a report body in reading order: numbers the headings as it goes, splits texts into paragraphs, and
 * puts 未填写 wherever a part is still missing, noting it once in the list of missing parts.
 */
final class BodyWriter {

    private final List<Block> blocks = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();
    private int chapters;
    private int sections;
    private int items;

    void chapter(String text) {
        chapters++;
        sections = 0;
        items = 0;
        blocks.add(new Block.Heading(1, HeadingNumbers.chapter(chapters), text));
    }

    void section(String text) {
        sections++;
        items = 0;
        blocks.add(new Block.Heading(2, HeadingNumbers.section(sections), text));
    }

    void item(String text) {
        items++;
        blocks.add(new Block.Heading(3, HeadingNumbers.item(items), text));
    }

    void paragraph(String text) {
        blocks.add(new Block.Paragraph(text));
    }

    void add(Block block) {
        blocks.add(block);
    }

    /** The text, one paragraph per non-blank line; 未填写 if there is none. */
    void text(String text, ReportPart part) {
        if (!SectionTexts.isWritten(text)) {
            unfilled(part);
            return;
        }
        Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).forEach(this::paragraph);
    }

    void unfilled(ReportPart part) {
        blocks.add(new Block.Unfilled(part.zh()));
        missing(part);
    }

    /** A part missing from somewhere else than the body (e.g. the form). */
    void missing(ReportPart part) {
        if (!missing.contains(part.zh())) {
            missing.add(part.zh());
        }
    }

    List<Block> blocks() {
        return blocks;
    }

    List<String> missing() {
        return missing;
    }
}
