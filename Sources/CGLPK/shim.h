// GLPK (Debian libglpk-dev 5.0, GPL-3+): the MILP solver behind the allocation's certified fallback.
#include <glpk.h>
