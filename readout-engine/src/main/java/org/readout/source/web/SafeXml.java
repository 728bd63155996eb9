package org.readout.source.web;

import org.readout.source.InputRejected;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * The JDK's streaming XML parser with no DTD and no external entities (against XXE): a document type declaration is
 * refused outright, as Rome refuses it in feeds.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    interface Visitor {
        /** Told of each event; the reader stands on it. */
        void event(XMLStreamReader xml) throws XMLStreamException;
    }

    /** Reads the whole document, or up to the root element when {@code visitor} is null; the root's local name. */
    static String read(String source, byte[] bytes, Visitor visitor) throws InputRejected {
        XMLStreamReader xml = null;
        String root = null;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) throw new InputRejected(source, "broken feed: a DOCTYPE is not accepted");
                if (event == XMLStreamConstants.START_ELEMENT && root == null) {
                    root = xml.getLocalName();
                    if (visitor == null) return root;
                }
                if (visitor != null) visitor.event(xml);
            }
            if (root == null) throw new InputRejected(source, "broken feed: no XML element");
            return root;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new InputRejected(source, "broken feed: XML error" + where + ": " + message(e));
        } finally {
            close(xml);
        }
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? "unreadable" : e.getMessage();
        int detail = m.indexOf("Message: ");
        return (detail >= 0 ? m.substring(detail + 9) : m).lines().findFirst().orElse(m).strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml == null) return;
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing held
        }
    }
}
