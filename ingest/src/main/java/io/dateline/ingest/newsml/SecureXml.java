package io.dateline.ingest.newsml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML bytes -> a namespace-aware DOM, read safely: a DOCTYPE is refused outright (so no external entity, no entity
 * expansion, no DTD fetch), XInclude is off, nothing external is ever loaded, and the JDK's secure-processing limits
 * apply (element depth at most {@value #MAX_ELEMENT_DEPTH}). The encoding comes from the XML declaration or the
 * byte order mark.
 */
final class SecureXml {

    static final int MAX_ELEMENT_DEPTH = 100;
    private static final String DOCTYPE_FEATURE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final DocumentBuilderFactory FACTORY = factory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newBuilder);

    /** Why some bytes are not XML we read: not well-formed, or refused as unsafe. */
    static final class Refused extends Exception {
        private final boolean unsafe;

        Refused(String message, boolean unsafe) {
            super(message);
            this.unsafe = unsafe;
        }

        boolean unsafe() {
            return unsafe;
        }
    }

    private SecureXml() {
    }

    /** The document of {@code content}. */
    static Document parse(byte[] content) throws Refused {
        DocumentBuilder builder = BUILDER.get();
        builder.reset();
        builder.setErrorHandler(THROWING);
        try {
            return builder.parse(new ByteArrayInputStream(content));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new Refused("XML with a DTD (<!DOCTYPE>) is not accepted: DTDs allow external entities (XXE) "
                        + "and entity expansion (line " + e.getLineNumber() + ")", true);
            }
            if (message.contains("jdk.xml.")) {
                throw new Refused("XML over a safety limit: " + message, true);
            }
            throw new Refused("not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                    + "): " + message, false);
        } catch (SAXException | IOException e) {
            throw new Refused("not well-formed XML: " + e.getMessage(), false);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DOCTYPE_FEATURE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute("jdk.xml.maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
        return factory;
    }

    private static DocumentBuilder newBuilder() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Cannot create an XML parser", e);
        }
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not stop reading
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
