/* fuzz_check.c -- libFuzzer entry: any bytes through the whole pipeline
 * (sniffing, every reader, segmentation, every check, the JSON and text
 * reporters).  The first byte picks the input format and the language.
 * Build and run with `make fuzz` (clang). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "wirecheck.h"

static wc_engine *engines[7];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1)
    return 0;
  static const char *const langs[] = {NULL, "en", "de", "fr", "es", "uk", "ru"};
  size_t li = data[0] % 7;
  wc_input_format fmt = (wc_input_format)((data[0] / 7) % 5);
  if (!engines[li]) {
    wc_options o = {0};
    o.data_dir = getenv("WIRECHECK_DATA_DIR") ? getenv("WIRECHECK_DATA_DIR")
                                              : "dictionaries";
    o.lang = langs[li];
    if (wc_engine_new(&o, &engines[li], NULL) != WC_OK)
      abort();
  }
  wc_result *r = NULL;
  if (wc_check_buffer(engines[li], "fuzz", (const char *)data + 1, size - 1,
                      fmt, &r, NULL) == WC_OK) {
    FILE *devnull = fopen("/dev/null", "w");
    static const wc_output_format outs[] = {WC_OUT_TEXT, WC_OUT_JSON};
    for (size_t i = 0; i < 2; i++) {
      wc_reporter *rep = NULL;
      wc_report_options ro = {0};
      wc_reporter_new(outs[i], devnull, &ro, &rep);
      wc_reporter_file(rep, r);
      wc_reporter_end(rep);
      wc_reporter_free(rep);
    }
    fclose(devnull);
    wc_result_free(r);
  }
  return 0;
}
