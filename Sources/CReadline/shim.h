// readline.h uses FILE without including stdio.h on some distributions.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

// libreadline is opened on the prompt's first use (Sources/CLazyReadline/readline_lazy.c
// defines its functions under their own names), so its variables are reached through
// these accessors: muniplan_set_NAME(value) and muniplan_get_NAME().
#define READLINE_VARIABLES(VAR) \
    VAR(rl_readline_name) VAR(rl_catch_signals) VAR(rl_catch_sigwinch) \
    VAR(rl_completer_word_break_characters) VAR(rl_completer_quote_characters) \
    VAR(rl_attempted_completion_function) VAR(rl_attempted_completion_over) \
    VAR(rl_completion_display_matches_hook) VAR(rl_signal_event_hook) VAR(rl_line_buffer)
#define READLINE_ACCESSORS(name) \
    void muniplan_set_##name(__typeof__(name) value); __typeof__(name) muniplan_get_##name(void);
READLINE_VARIABLES(READLINE_ACCESSORS)
// Whether libreadline could be opened (the prompt falls back to plain line reading if not).
int muniplan_readline_available(void);
