// The macros both lazy libraries' wrappers are made with: a list
// entry FN(ret, fail, name, params, args), or VOIDFN(name, params, args) for a void function,
// becomes a pointer in `table`, its dlsym, and a wrapper that returns `fail` (or does
// nothing) when the library or the symbol could not be loaded.
#ifndef LAZY_WRAPPERS_H
#define LAZY_WRAPPERS_H
#define LAZY_FIELD(ret, fail, name, params, args) ret (*name) params;
#define LAZY_VOID_FIELD(name, params, args) void (*name) params;
#define LAZY_RESOLVE(ret, fail, name, params, args) table.name = (ret (*) params)dlsym(library, #name);
#define LAZY_VOID_RESOLVE(name, params, args) table.name = (void (*) params)dlsym(library, #name);
#define LAZY_WRAP(ret, fail, name, params, args) \
    ret name params { pthread_once(&once, load); return table.name ? table.name args : fail; }
#define LAZY_VOID_WRAP(name, params, args) \
    void name params { pthread_once(&once, load); if (table.name) table.name args; }

// The table, its loading (once, on the first call of any wrapper) and the wrappers of LIST,
// from the library SONAME, or else DEVNAME (the -dev package's link name, which follows a
// newer soname on a newer system where SONAME is gone).
#define LAZY_LIBRARY(LIST, SONAME, DEVNAME) LAZY_LIBRARY_WITH(LIST, (void), SONAME, DEVNAME)
// The same, then MORE(library) once the library is open (readline's variables).
#define LAZY_LIBRARY_WITH(LIST, MORE, SONAME, DEVNAME) \
    static struct { LIST(LAZY_FIELD, LAZY_VOID_FIELD) } table; \
    static pthread_once_t once = PTHREAD_ONCE_INIT; \
    static void load(void) { \
        void *library = dlopen(SONAME, RTLD_NOW | RTLD_LOCAL); \
        if (!library) library = dlopen(DEVNAME, RTLD_NOW | RTLD_LOCAL); \
        if (!library) return; \
        LIST(LAZY_RESOLVE, LAZY_VOID_RESOLVE) \
        MORE(library); \
    } \
    LIST(LAZY_WRAP, LAZY_VOID_WRAP)
#endif
