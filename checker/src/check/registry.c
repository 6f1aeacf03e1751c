/* registry.c -- every check family, in the order they run. */
#include "check.h"

extern const wc_check_def wc_check_input;

const wc_check_def *const wc_checks[] = {
    &wc_check_input,  &wc_check_spelling, &wc_check_names,
    &wc_check_style,  &wc_check_quotes,   &wc_check_garble,
};

const size_t wc_ncheck = sizeof wc_checks / sizeof wc_checks[0];
