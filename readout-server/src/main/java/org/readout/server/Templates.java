package org.readout.server;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The pages' jte templates (src/main/jte), compiled with the module by jte-maven-plugin into this
 * package; every value they write is escaped by {@link EscapingOutput}.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            Templates.class.getPackageName());

    private Templates() {
    }

    /** The template {@code name}.jte with its one parameter, as a string. */
    static String render(String name, Object model) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(name + ".jte", model, new EscapingOutput(out));
        return out.toString();
    }
}
