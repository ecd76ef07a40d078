package eu.medi4sec.hub.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting layer over {@link XMLStreamWriter} (which escapes every value): elements in one
 * default namespace, attributes that are left out when null, and text stripped of the characters XML 1.0
 * cannot hold.
 */
final class XmlOut implements AutoCloseable {

    /** Characters outside XML 1.0's Char production. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements yet (then its end tag goes on a new line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut(OutputStream out, String rootName, String namespace) {
        try {
            xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(namespace);
            xml.writeStartElement(namespace, rootName);
            xml.writeDefaultNamespace(namespace);
            open.push(new boolean[] {false});
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut start(String name) {
        try {
            indent();
            xml.writeStartElement(xml.getNamespaceContext().getNamespaceURI(""), name);
            open.push(new boolean[] {false});
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut attr(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            xml.writeAttribute(name, clean(value.toString()));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    XmlOut end() {
        try {
            boolean[] hadChildren = open.pop();
            if (hadChildren[0]) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with only text in it; nothing when the text is null or blank. */
    XmlOut text(String name, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        try {
            indent();
            xml.writeStartElement(xml.getNamespaceContext().getNamespaceURI(""), name);
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element with only attributes, given as name, value pairs. */
    XmlOut empty(String name, Object... attributes) {
        try {
            indent();
            xml.writeEmptyElement(xml.getNamespaceContext().getNamespaceURI(""), name);
            for (int i = 0; i < attributes.length; i += 2) {
                attr((String) attributes[i], attributes[i + 1]);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            while (open.size() > 0) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
        }
    }

    static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    private void indent() throws XMLStreamException {
        open.peek()[0] = true;
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }
}
