/* style_rules.c -- placeholder: style.avoid, style.calque, style.acronym
 * are being built with the house style (issue 3). */
#include "check.h"

const wc_check_def wc_check_style = {
    .family = "style",
    .rules = NULL,
    .nrules = 0,
};
