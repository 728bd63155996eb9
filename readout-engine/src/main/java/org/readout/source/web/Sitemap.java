package org.readout.source.web;

import org.readout.source.InputRejected;

import javax.xml.stream.XMLStreamConstants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sitemap (sitemaps.org): a {@code urlset} lists pages, a {@code sitemapindex} lists further sitemaps; each
 * {@code <loc>} is one address.
 */
final class Sitemap {
    static final String URLSET = "urlset";
    static final String INDEX = "sitemapindex";

    private Sitemap() {
    }

    static boolean isSitemap(String root) {
        return URLSET.equals(root) || INDEX.equals(root);
    }

    /** The {@code <loc>} of each entry, in order (an entry without one gives null), and whether it is an index. */
    record Entries(boolean index, List<String> locations) {
    }

    static Entries read(String source, byte[] bytes) throws InputRejected {
        List<String> locations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean[] inLoc = new boolean[1];
        String root = SafeXml.read(source, bytes, xml -> {
            switch (xml.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (name.equals("url") || name.equals("sitemap")) locations.add(null);
                    inLoc[0] = name.equals("loc") && !locations.isEmpty();
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (inLoc[0]) text.append(xml.getText());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (inLoc[0] && xml.getLocalName().equals("loc")) {
                        String loc = text.toString().strip();
                        locations.set(locations.size() - 1, loc.isEmpty() ? null : loc);
                        inLoc[0] = false;
                    }
                }
                default -> {
                }
            }
        });
        return new Entries(INDEX.equals(root), Collections.unmodifiableList(locations));
    }
}
