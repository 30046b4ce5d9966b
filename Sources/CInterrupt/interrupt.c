#include "CInterrupt.h"
#include <signal.h>
#include <string.h>

// Only a sig_atomic_t may be touched from a signal handler.
static volatile sig_atomic_t interrupted = 0;

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

void muniplan_install_sigint_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns EINTR
    sigaction(SIGINT, &action, NULL);
}

int muniplan_interrupted(void) { return interrupted != 0; }

void muniplan_clear_interrupt(void) { interrupted = 0; }

void muniplan_end_by_interrupt(void) {
    signal(SIGINT, SIG_DFL);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, SIGINT);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    raise(SIGINT);
    // Not reached unless SIGINT cannot end the process; the caller exits with 130 then.
}
