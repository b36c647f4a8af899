package cn.jixiao.report.rendering.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.jixiao.report.rendering.font.BundledFont;

/**
 * Makes the PDF's text copy and search as the Chinese it shows. The bundled face, like every Noto/Source Han CJK
 * font, maps a Kangxi radical (⺠ U+2EA0, ⾦ U+2FA6) and its ideograph (民, 金) to the same glyph, and PDFBox 3.0.3
 * writes the lowest code point of a glyph into the embedded font's ToUnicode map (apache/pdfbox pull request 470).
 * Unrepaired, 「民族团结」 would copy, search and be read aloud as 「⺠族团结」. This rewrites each such entry to the
 * unified ideograph that shares the glyph in the bundled font.
 */
final class ToUnicodeRepair {

    private static final Pattern SECTION = Pattern.compile("begin(bfchar|bfrange)(.*?)end\\1", Pattern.DOTALL);
    private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]+)>");
    /** PDF limits a bfchar block to 100 entries. */
    private static final int BLOCK = 100;

    private ToUnicodeRepair() {
    }

    static byte[] repair(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font) {
                        COSStream toUnicode = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
                        if (toUnicode != null && seen.add(toUnicode)) {
                            changed |= rewrite(toUnicode);
                        }
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream repaired = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(repaired);
            return repaired.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean rewrite(COSStream toUnicode) throws IOException {
        String cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        Map<Integer, String> unicodeByCode = parse(cmap);
        boolean changed = false;
        for (Map.Entry<Integer, String> entry : unicodeByCode.entrySet()) {
            String text = entry.getValue();
            if (text.codePointCount(0, text.length()) == 1) {
                Integer unified = Radicals.UNIFIED.get(text.codePointAt(0));
                if (unified != null) {
                    entry.setValue(Character.toString(unified));
                    changed = true;
                }
            }
        }
        if (changed) {
            try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(write(unicodeByCode).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return changed;
    }

    /** The code → text pairs of a ToUnicode CMap, from its bfchar and bfrange sections. */
    static Map<Integer, String> parse(String cmap) {
        Map<Integer, String> unicodeByCode = new TreeMap<>();
        Matcher section = SECTION.matcher(cmap);
        while (section.find()) {
            boolean range = section.group(1).equals("bfrange");
            Matcher hex = HEX.matcher(section.group(2));
            while (hex.find()) {
                int from = Integer.parseInt(hex.group(1), 16);
                int to = from;
                if (range && hex.find()) {
                    to = Integer.parseInt(hex.group(1), 16);
                }
                if (!hex.find()) {
                    break;
                }
                String first = utf16(hex.group(1));
                for (int code = from; code <= to; code++) {
                    // A range's destination counts up in its last UTF-16 unit, as the PDF specification defines.
                    char last = (char) (first.charAt(first.length() - 1) + (code - from));
                    unicodeByCode.put(code, first.substring(0, first.length() - 1) + last);
                }
            }
        }
        return unicodeByCode;
    }

    private static String write(Map<Integer, String> unicodeByCode) {
        StringBuilder out = new StringBuilder(64 + unicodeByCode.size() * 16);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(unicodeByCode.entrySet());
        for (int start = 0; start < entries.size(); start += BLOCK) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(start + BLOCK, entries.size()));
            out.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                out.append(String.format("<%04X> <", entry.getKey()));
                entry.getValue().chars().forEach(unit -> out.append(String.format("%04X", unit)));
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return out.toString();
    }

    private static String utf16(String hex) {
        StringBuilder text = new StringBuilder(hex.length() / 4);
        for (int i = 0; i + 4 <= hex.length(); i += 4) {
            text.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
        }
        return text.toString();
    }

    /** Each radical code point of the bundled face mapped to the ideograph drawn with the same glyph. */
    static final class Radicals {

        static final Map<Integer, Integer> UNIFIED = read();

        private Radicals() {
        }

        private static Map<Integer, Integer> read() {
            try (InputStream in = BundledFont.open();
                 TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Map<Integer, Integer> unified = new HashMap<>();
                // CJK Radicals Supplement and Kangxi Radicals
                for (int radical = 0x2E80; radical <= 0x2FDF; radical++) {
                    int glyph = cmap.getGlyphId(radical);
                    List<Integer> codes = glyph == 0 ? List.of() : cmap.getCharCodes(glyph);
                    Integer key = radical;
                    if (codes != null) {
                        codes.stream().filter(ToUnicodeRepair::isUnifiedIdeograph).findFirst()
                                .ifPresent(ideograph -> unified.put(key, ideograph));
                    }
                }
                return Map.copyOf(unified);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static boolean isUnifiedIdeograph(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                && Character.isIdeographic(codePoint)
                && !(codePoint >= 0x2E80 && codePoint <= 0x2FDF)
                && !(codePoint >= 0xF900 && codePoint <= 0xFAFF);
    }
}
