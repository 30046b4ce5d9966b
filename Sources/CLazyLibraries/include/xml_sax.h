// An XML part read as events through libxml2's SAX2 parser, opened on first use (the .xlsx
// reader's parts). Swift sees only this: the handler's three callbacks and the outcome, never
// libxml2's types. The input is untrusted: a DOCTYPE is refused (so no entity is ever
// declared, expanded or loaded), nothing is read from the network, libxml2's size limits hold.
#ifndef XML_SAX_H
#define XML_SAX_H
#include <stddef.h>

typedef struct {
    void *context;
    /// One attribute of the element `start` opens next, before it (its namespace declarations
    /// too, as `xmlns:p` or `xmlns`). `prefix` is NULL without one; `value` is UTF-8, `length`
    /// bytes, not terminated, and holds each `&` as `&#38;`.
    void (*attribute)(void *context, const char *prefix, const char *name, const char *value, size_t length);
    /// Each returns nonzero to stop the parse (the part broke the workbook's rules).
    int (*start)(void *context, const char *prefix, const char *name);
    int (*end)(void *context, const char *prefix, const char *name);
    /// Character data, CDATA included, UTF-8, in pieces of any size.
    int (*text)(void *context, const char *bytes, size_t length);
} MuniXMLHandler;

typedef enum {
    MuniXMLParsed,      // well-formed, read to its end
    MuniXMLStopped,     // a callback asked to stop
    MuniXMLMalformed,   // not well-formed, or a DOCTYPE: `line` is where
    MuniXMLUnavailable, // libxml2 could not be opened
} MuniXMLStatus;

typedef struct {
    MuniXMLStatus status;
    int line;
} MuniXMLOutcome;

MuniXMLOutcome muni_xml_parse(const char *bytes, size_t length, const MuniXMLHandler *handler);
#endif
