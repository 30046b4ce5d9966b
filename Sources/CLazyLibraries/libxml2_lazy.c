// libxml2, loaded only when an .xlsx workbook is read: linked through FoundationXML, it and
// libicu and liblzma were mapped by every start-up (0.9 MiB, 1.5 ms).
// The wrappers have the library's own names and types (its headers are included, so the
// compiler checks each against them); each opens the library on first use, once.
// Without the library muni_libxml2_opened() is 0 and the reader says so.
#include <dlfcn.h>
#include <pthread.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include "lazy_wrappers.h"

#define LIBXML2_FUNCTIONS(FN, VOIDFN) \
    FN(xmlParserCtxtPtr, NULL, xmlCreatePushParserCtxt, (xmlSAXHandlerPtr sax, void *user_data, const char *chunk, int size, const char *filename), (sax, user_data, chunk, size, filename)) \
    FN(int, -1, xmlCtxtUseOptions, (xmlParserCtxtPtr ctxt, int options), (ctxt, options)) \
    VOIDFN(xmlFreeParserCtxt, (xmlParserCtxtPtr ctxt), (ctxt)) \
    VOIDFN(xmlInitParser, (void), ()) \
    FN(int, -1, xmlParseChunk, (xmlParserCtxtPtr ctxt, const char *chunk, int size, int terminate), (ctxt, chunk, size, terminate)) \
    FN(int, 0, xmlSAX2GetLineNumber, (void *ctx), (ctx)) \
    VOIDFN(xmlSetStructuredErrorFunc, (void *ctx, xmlStructuredErrorFunc handler), (ctx, handler)) \
    VOIDFN(xmlStopParser, (xmlParserCtxtPtr ctxt), (ctxt))

static int opened;
// Every function found, then libxml2's one-time set-up, which is not thread-safe on its own.
#define LIBXML2_OPENED(library) \
    opened = table.xmlCreatePushParserCtxt && table.xmlCtxtUseOptions && table.xmlFreeParserCtxt && \
        table.xmlInitParser && table.xmlParseChunk && table.xmlSAX2GetLineNumber && table.xmlSetStructuredErrorFunc && table.xmlStopParser; \
    if (opened) table.xmlInitParser();

LAZY_LIBRARY_WITH(LIBXML2_FUNCTIONS, LIBXML2_OPENED, "libxml2.so.2", "libxml2.so")

int muni_libxml2_opened(void) {
    pthread_once(&once, load);
    return opened;
}
