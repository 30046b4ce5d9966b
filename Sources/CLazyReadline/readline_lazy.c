// GNU readline (and libtinfo), loaded when the prompt first edits a line: a script, `-c` or
// piped input never maps them. The wrappers have the library's own names and types, and the
// variables' accessors the types readline.h gives them (CReadline's shim.h declares both).
// Without the library, readline() gives NULL: the prompt ends as at the end of its input.
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include "../CReadline/shim.h"
#include "lazy_wrappers.h"
#include "readline_lazy.h"

// The variables' addresses, found with the functions (LAZY_LIBRARY's load calls this).
static struct {
#define READLINE_VARIABLE_FIELD(name) __typeof__(name) *name;
    READLINE_VARIABLES(READLINE_VARIABLE_FIELD)
} variables;
static void load_variables(void *library) {
#define READLINE_VARIABLE_RESOLVE(name) variables.name = (__typeof__(name) *)dlsym(library, #name);
    READLINE_VARIABLES(READLINE_VARIABLE_RESOLVE)
}

LAZY_LIBRARY_WITH(READLINE_FUNCTIONS, load_variables, "libreadline.so.8", "libreadline.so")

int muniplan_readline_available(void) { pthread_once(&once, load); return table.readline != NULL; }

#define READLINE_ACCESSOR(name) \
    void muniplan_set_##name(__typeof__(name) value) { pthread_once(&once, load); if (variables.name) *variables.name = value; } \
    __typeof__(name) muniplan_get_##name(void) { pthread_once(&once, load); return variables.name ? *variables.name : 0; }
READLINE_VARIABLES(READLINE_ACCESSOR)
