// The readline functions the prompt calls, as a list for readline_lazy.c's wrappers:
// FN(ret, fail, name, params, args), VOIDFN(name, params, args) (see lazy_wrappers.h).
// Nothing here is for Swift: it reaches them, under their own names, through CReadline.
#ifndef READLINE_LAZY_H
#define READLINE_LAZY_H
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

#endif
