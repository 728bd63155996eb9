package org.readout.server;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.runtime.StringUtils;

/**
 * How the templates write values: jte hands every {@code ${...}} here, and each goes through
 * {@link Html#esc} (in text and in attributes alike, since jte's policy allows only double-quoted
 * attributes). Nothing reaches a page unescaped; a {@code javascript:} link is dropped, and a value
 * inside a script or an event-handler attribute is refused (no template has one).
 */
final class EscapingOutput implements HtmlTemplateOutput {
    private final TemplateOutput out;
    private String tag;
    private String attribute;

    EscapingOutput(TemplateOutput out) {
        this.out = out;
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        this.tag = tagName;
        this.attribute = attributeName;
    }

    @Override
    public void writeUserContent(String value) {
        if (value == null) return;
        if ("script".equalsIgnoreCase(tag) || attribute != null && attribute.toLowerCase().startsWith("on")) {
            throw new IllegalStateException("no values inside scripts or event handlers (<" + tag + " " + attribute + ">)");
        }
        if (attribute != null && StringUtils.startsWithIgnoringCaseAndWhitespaces(value, "javascript:")) return;
        out.writeContent(Html.esc(value));
    }

    @Override
    public void writeUserContent(Content content) {
        if (content == null) return;
        if (attribute == null) {
            content.writeTo(this);
            return;
        }
        StringOutput inner = new StringOutput();
        content.writeTo(new EscapingOutput(inner));
        writeUserContent(inner.toString());
    }

    @Override
    public void writeContent(String value) {
        out.writeContent(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        out.writeContent(value, beginIndex, endIndex);
    }
}
