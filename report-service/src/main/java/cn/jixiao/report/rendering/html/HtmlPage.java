package cn.jixiao.report.rendering.html;

import cn.jixiao.report.rendering.html.Xhtml.Element;

/** The frame of a rendered page: {@code <html>} in Chinese, UTF-8, its title and stylesheets, and an empty body. */
record HtmlPage(Element html, Element body) {

    static HtmlPage start(String title, String bodyClass, String... stylesheets) {
        Element html = Xhtml.element("html").attr("xmlns", "http://www.w3.org/1999/xhtml").attr("lang", "zh-CN");
        Element head = html.child("head");
        head.child("meta").attr("charset", "UTF-8");
        head.child("title").text(title);
        for (String stylesheet : stylesheets) {
            head.child("style").text(stylesheet);
        }
        return new HtmlPage(html, html.child("body").cssClass(bodyClass));
    }

    String write() {
        return Xhtml.page(html);
    }
}
