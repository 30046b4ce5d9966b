#ifndef CINTERRUPT_H
#define CINTERRUPT_H

/// Installs a SIGINT handler (without SA_RESTART) that only sets a flag.
void muniplan_install_sigint_handler(void);
/// 1 when SIGINT arrived since the last clear.
int muniplan_interrupted(void);
void muniplan_clear_interrupt(void);
/// Ends the process by SIGINT with the default action (after Ctrl-C was reported).
void muniplan_end_by_interrupt(void);

#endif
