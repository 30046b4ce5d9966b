// GNU readline (and libtinfo), loaded when the prompt first edits a line: a script, `-c` or
// piped input never maps them. The wrappers have the library's own names and types, and the
// variables' accessors the types readline.h gives them (CReadline's shim.h declares both).
// Without the library, readline() gives NULL: the prompt ends as at the end of its input.
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include "../CReadline/shim.h"
#include "lazy_wrappers.h"

#define READLINE_FUNCTIONS(FN, VOIDFN) \
    FN(char *, NULL, readline, (const char *prompt), (prompt)) \
    VOIDFN(add_history, (const char *line), (line)) \
    VOIDFN(using_history, (void), ()) \
    VOIDFN(stifle_history, (int max), (max)) \
    FN(int, ENOENT, read_history, (const char *file), (file)) \
    FN(int, ENOENT, write_history, (const char *file), (file)) \
    FN(int, ENOENT, append_history, (int count, const char *file), (count, file)) \
    FN(int, ENOENT, history_truncate_file, (const char *file, int lines), (file, lines)) \
    VOIDFN(rl_replace_line, (const char *text, int clear_undo), (text, clear_undo)) \
    FN(int, 0, rl_on_new_line, (void), ()) \
    VOIDFN(rl_redisplay, (void), ()) \
    FN(int, 0, rl_crlf, (void), ()) \
    VOIDFN(rl_display_match_list, (char **matches, int count, int width), (matches, count, width)) \
    FN(int, 0, rl_forced_update_display, (void), ())

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

#define READLINE_ACCESSOR(name) \
    void muniplan_set_##name(__typeof__(name) value) { pthread_once(&once, load); if (variables.name) *variables.name = value; } \
    __typeof__(name) muniplan_get_##name(void) { pthread_once(&once, load); return variables.name ? *variables.name : 0; }
READLINE_VARIABLES(READLINE_ACCESSOR)
