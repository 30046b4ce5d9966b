// muni_xml_parse: one XML part through libxml2's SAX2 push parser (libxml2_lazy.c opens it),
// its events handed to a MuniXMLHandler. Set up as FoundationXML's XMLParser was (the first
// four bytes first, for the encoding; no ignorable-whitespace callback), but for untrusted
// input: no entity substitution, no DTD loading, no network, no recovery after an error,
// and a DOCTYPE refused where it starts.
#include <limits.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include "xml_sax.h"

int muni_libxml2_opened(void);

typedef struct {
    const MuniXMLHandler *handler;
    xmlParserCtxtPtr parser;
    int stopped;
    int malformed; // not well-formed, or a DOCTYPE; then `line` says where
    int line;
    int depth; // elements open
    int closed; // the root element has closed
    int trailing; // content after it was seen (and left unread)
} Session;

static void malformed(Session *session) {
    if (session->malformed || !session->parser) return;
    session->malformed = 1;
    session->line = xmlSAX2GetLineNumber(session->parser);
}

static void stop(Session *session) {
    session->stopped = 1;
    if (session->parser) xmlStopParser(session->parser);
}

static void start_element(void *data, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri,
                          int namespace_count, const xmlChar **namespaces, int attribute_count, int defaulted,
                          const xmlChar **attributes) {
    (void)uri; (void)defaulted;
    Session *session = data;
    const MuniXMLHandler *handler = session->handler;
    if (session->stopped) return;
    session->depth++;
    for (int i = 0; i < namespace_count; i++) {
        const char *declared = (const char *)namespaces[2 * i];
        const char *value = namespaces[2 * i + 1] ? (const char *)namespaces[2 * i + 1] : "";
        handler->attribute(handler->context, declared ? "xmlns" : NULL, declared ? declared : "xmlns", value, strlen(value));
    }
    // Five pointers each: local name, prefix, URI, value, end of value.
    for (int i = 0; i < attribute_count; i++) {
        const xmlChar **attribute = attributes + 5 * i;
        if (!attribute[0] || !attribute[3] || !attribute[4]) continue;
        handler->attribute(handler->context, (const char *)attribute[1], (const char *)attribute[0],
                           (const char *)attribute[3], (size_t)(attribute[4] - attribute[3]));
    }
    if (handler->start(handler->context, (const char *)prefix, (const char *)name)) stop(session);
}

static void end_element(void *data, const xmlChar *name, const xmlChar *prefix, const xmlChar *uri) {
    (void)uri;
    Session *session = data;
    if (session->stopped) return;
    if (--session->depth == 0) session->closed = 1;
    if (session->handler->end(session->handler->context, (const char *)prefix, (const char *)name)) stop(session);
}

static void characters(void *data, const xmlChar *bytes, int length) {
    Session *session = data;
    if (session->stopped || length <= 0) return;
    if (session->handler->text(session->handler->context, (const char *)bytes, (size_t)length)) stop(session);
}

// Any DOCTYPE, with or without an internal subset: a workbook part has none, and refusing it
// here means no entity is declared, so none can expand (billion laughs) or load a file.
static void refuse_doctype(void *data, const xmlChar *name, const xmlChar *external, const xmlChar *system) {
    (void)name; (void)external; (void)system;
    Session *session = data;
    malformed(session);
    stop(session);
}

// Errors are kept quiet (libxml2 would print them) and the first one that makes the part
// not well-formed gives the line. As for XMLParser, a namespace error (an undeclared prefix)
// and warnings do not, nor does content after the root element (libxml2 stops reading there).
#if LIBXML_VERSION >= 21200
static void error_seen(void *data, const xmlError *error) {
#else
static void error_seen(void *data, xmlErrorPtr error) {
#endif
    Session *session = data;
    if (!error || error->level < XML_ERR_ERROR || error->domain == XML_FROM_NAMESPACE) return;
    if (error->code == XML_ERR_DOCUMENT_END && session->closed) {
        session->trailing = 1;
        return;
    }
    malformed(session);
}

MuniXMLOutcome muni_xml_parse(const char *bytes, size_t length, const MuniXMLHandler *handler) {
    MuniXMLOutcome outcome = { MuniXMLUnavailable, 0 };
    if (!muni_libxml2_opened()) return outcome;
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = start_element;
    sax.endElementNs = end_element;
    sax.characters = characters;
    sax.cdataBlock = characters;
    sax.internalSubset = refuse_doctype;
    sax.serror = error_seen;
    static const char nothing[1] = "";
    if (!bytes) bytes = nothing;
    Session session = { handler, NULL, 0, 0, 0, 0, 0, 0 };
    size_t head = length < 4 ? length : 4;
    session.parser = xmlCreatePushParserCtxt(&sax, &session, bytes, (int)head, NULL);
    if (!session.parser) {
        outcome.status = MuniXMLMalformed;
        outcome.line = 1;
        return outcome;
    }
    xmlCtxtUseOptions(session.parser, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    // The encoders report without the parser's context, through this thread's handler.
    xmlSetStructuredErrorFunc(&session, error_seen);
    int result = 0;
    size_t done = head;
    do {
        size_t piece = length - done < INT_MAX / 2 ? length - done : INT_MAX / 2;
        int last = done + piece == length;
        result = xmlParseChunk(session.parser, bytes + done, (int)piece, last);
        done += piece;
    } while (done < length && result == 0 && !session.stopped);
    if (result != 0 && !session.stopped && !session.trailing) malformed(&session);
    xmlSetStructuredErrorFunc(NULL, NULL);
    xmlFreeParserCtxt(session.parser);
    outcome.status = session.malformed ? MuniXMLMalformed : session.stopped ? MuniXMLStopped : MuniXMLParsed;
    outcome.line = session.line;
    return outcome;
}
