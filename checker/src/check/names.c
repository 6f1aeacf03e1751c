/* names.c -- placeholder: the names family is being built (see its issue).
 * It declares no rules yet, so nothing can be enabled or reported. */
#include "check.h"

const wc_check_def wc_check_names = {
    .family = "names",
    .rules = NULL,
    .nrules = 0,
};
