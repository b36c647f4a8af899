package cn.jixiao.report.rendering.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A minimal XHTML tree that can only be written out well-formed and escaped: text and attribute values go through
 * {@link #escape}, so what a street typed (a {@code <} or {@code &} in a project name) is always shown as text and
 * never read as markup, in the browser preview and in the PDF made from the same markup.
 */
final class Xhtml {

    /** Written {@code <br/>}; every other element is written with an end tag, as browsers expect of HTML. */
    private static final Set<String> VOID_ELEMENTS = Set.of("meta", "img", "br", "col", "link");

    private Xhtml() {
    }

    static Element element(String name) {
        return new Element(name);
    }

    /** The whole page, with the HTML5 doctype browsers need and that XML parsers accept. */
    static String page(Element html) {
        StringBuilder out = new StringBuilder(16 * 1024);
        out.append("<!DOCTYPE html>\n");
        html.writeTo(out);
        return out.toString();
    }

    sealed interface Node permits Element, Text {

        void writeTo(StringBuilder out);
    }

    record Text(String value) implements Node {

        @Override
        public void writeTo(StringBuilder out) {
            escape(value, out, false);
        }
    }

    static final class Element implements Node {

        private final String name;
        private final List<String[]> attributes = new ArrayList<>(2);
        private final List<Node> children = new ArrayList<>();

        private Element(String name) {
            this.name = name;
        }

        Element attr(String attribute, String value) {
            attributes.add(new String[] {attribute, value});
            return this;
        }

        Element cssClass(String value) {
            return attr("class", value);
        }

        /** Appends text; {@code null} appends nothing, so an absent value prints as an empty cell. */
        Element text(String value) {
            if (value != null) {
                children.add(new Text(value));
            }
            return this;
        }

        /** Adds a child element and returns it, to fill it in place. */
        Element child(String childName) {
            Element child = new Element(childName);
            children.add(child);
            return child;
        }

        Element add(Node child) {
            children.add(child);
            return this;
        }

        @Override
        public void writeTo(StringBuilder out) {
            out.append('<').append(name);
            for (String[] attribute : attributes) {
                out.append(' ').append(attribute[0]).append("=\"");
                escape(attribute[1], out, true);
                out.append('"');
            }
            if (children.isEmpty() && VOID_ELEMENTS.contains(name)) {
                out.append("/>");
                return;
            }
            out.append('>');
            for (Node child : children) {
                child.writeTo(out);
            }
            out.append("</").append(name).append('>');
        }
    }

    /**
     * Escapes markup characters and drops the control characters XML 1.0 forbids (a pasted text may carry one),
     * which would otherwise make the whole page unreadable to the PDF renderer.
     */
    static void escape(String text, StringBuilder out, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    } else if (c == '\r') {
                        out.append(attribute ? "&#13;" : "\n");
                    }
                }
            }
        }
    }
}
