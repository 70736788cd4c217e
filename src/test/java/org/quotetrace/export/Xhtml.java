package org.quotetrace.export;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads the exporters' pages with the JDK's XML parser, which rejects anything not well-formed. */
final class Xhtml {
  private Xhtml() {}

  /** Parses {@code markup}, failing on the first well-formedness error. */
  static Document parse(String markup) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setValidating(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler() {
        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
          throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
          throw e;
        }
      });
      return b.parse(new InputSource(new StringReader(markup)));
    } catch (SAXParseException e) {
      throw new AssertionError("not well-formed at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + e.getMessage() + "\n" + around(markup, e), e);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String around(String markup, SAXParseException e) {
    String[] lines = markup.split("\n", -1);
    int l = e.getLineNumber() - 1;
    if (l < 0 || l >= lines.length) {
      return "";
    }
    String line = lines[l];
    int c = Math.max(0, Math.min(line.length(), e.getColumnNumber() - 1));
    return line.substring(Math.max(0, c - 120), Math.min(line.length(), c + 60));
  }

  /** Every element named {@code tag}, in document order. */
  static List<Element> elements(Document doc, String tag) {
    NodeList list = doc.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** Whether {@code e}'s class attribute holds {@code cls}. */
  static boolean hasClass(Element e, String cls) {
    return Arrays.asList(e.getAttribute("class").split("\\s+")).contains(cls);
  }

  /** The content fragments of statement {@code i}, in document order. */
  static List<Element> fragments(Document doc, int i) {
    return elements(doc, "mark").stream()
        .filter(e -> hasClass(e, "q") && e.getAttribute("data-stmt").equals(Integer.toString(i)))
        .toList();
  }

  /** The text of statement {@code i}'s highlight: its fragments' text joined. */
  static String highlightText(Document doc, int i) {
    StringBuilder sb = new StringBuilder();
    fragments(doc, i).forEach(e -> sb.append(e.getTextContent()));
    return sb.toString();
  }

  /** The article element, which holds the text. */
  static Element article(Document doc) {
    return elements(doc, "article").get(0);
  }

  /** The article text as the page holds it: the paragraphs' text joined. */
  static String articleText(Document doc) {
    StringBuilder sb = new StringBuilder();
    for (Node n = article(doc).getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("p")) {
        sb.append(e.getTextContent());
      }
    }
    return sb.toString();
  }

  /** Whether {@code inner} lies inside {@code outer}. */
  static boolean isInside(Node inner, Node outer) {
    for (Node n = inner.getParentNode(); n != null; n = n.getParentNode()) {
      if (n == outer) {
        return true;
      }
    }
    return false;
  }
}
