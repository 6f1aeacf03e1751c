/* jsonl.c -- placeholder: the jsonl reporter is being built (issue 6).  Until
 * then the format falls back to JSON so nothing is silently lost. */
#include "report.h"

void wc_report_jsonl_init(wc_reporter *rep) { wc_report_json_init(rep); }
