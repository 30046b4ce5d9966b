// GLPK, loaded only when the allocation falls back to it: it and its five libraries
// (gmp, amd, colamd, ltdl, suitesparseconfig) were mapped by every start-up.
// The wrappers have the library's own names and types (glpk.h is included, so the
// compiler checks each against it); each opens the library on first use, once.
// Without the library, glp_create_prob gives NULL: the solver reports that GLPK failed.
#include <dlfcn.h>
#include <pthread.h>
#include <glpk.h>
#include "lazy_wrappers.h"

#define GLPK_FUNCTIONS(FN, VOIDFN) \
    FN(int, -1, glp_add_cols, (glp_prob *P, int ncs), (P, ncs)) \
    FN(int, -1, glp_add_rows, (glp_prob *P, int nrs), (P, nrs)) \
    FN(glp_prob *, NULL, glp_create_prob, (void), ()) \
    VOIDFN(glp_delete_prob, (glp_prob *P), (P)) \
    FN(int, -1, glp_get_status, (glp_prob *P), (P)) \
    VOIDFN(glp_init_iocp, (glp_iocp *parm), (parm)) \
    VOIDFN(glp_init_smcp, (glp_smcp *parm), (parm)) \
    FN(int, -1, glp_intopt, (glp_prob *P, const glp_iocp *parm), (P, parm)) \
    FN(int, -1, glp_ios_heur_sol, (glp_tree *T, const double x[]), (T, x)) \
    FN(int, -1, glp_ios_reason, (glp_tree *T), (T)) \
    VOIDFN(glp_ios_terminate, (glp_tree *T), (T)) \
    VOIDFN(glp_load_matrix, (glp_prob *P, int ne, const int ia[], const int ja[], const double ar[]), (P, ne, ia, ja, ar)) \
    FN(double, 0, glp_mip_col_val, (glp_prob *P, int j), (P, j)) \
    FN(int, -1, glp_mip_status, (glp_prob *P), (P)) \
    VOIDFN(glp_set_col_bnds, (glp_prob *P, int j, int type, double lb, double ub), (P, j, type, lb, ub)) \
    VOIDFN(glp_set_col_kind, (glp_prob *P, int j, int kind), (P, j, kind)) \
    VOIDFN(glp_set_obj_coef, (glp_prob *P, int j, double coef), (P, j, coef)) \
    VOIDFN(glp_set_obj_dir, (glp_prob *P, int dir), (P, dir)) \
    VOIDFN(glp_set_row_bnds, (glp_prob *P, int i, int type, double lb, double ub), (P, i, type, lb, ub)) \
    FN(int, -1, glp_simplex, (glp_prob *P, const glp_smcp *parm), (P, parm)) \
    FN(int, GLP_OFF, glp_term_out, (int flag), (flag))

LAZY_LIBRARY(GLPK_FUNCTIONS, "libglpk.so.40", "libglpk.so")
