// readline.h uses FILE without including stdio.h on some distributions.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>
