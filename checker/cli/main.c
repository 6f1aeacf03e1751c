/* main.c -- the wirecheck command: options, file walking, the batch
 * driver, exit codes.  Uses only wirecheck.h. */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "wirecheck.h"

enum { CLI_EXIT_OK = 0, CLI_EXIT_FINDINGS = 1, CLI_EXIT_ERROR = 2 };

static bool cli_quiet;

static void cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("wirecheck: error: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

static void cli_note(const char *fmt, ...) {
  if (cli_quiet)
    return;
  va_list ap;
  va_start(ap, fmt);
  fputs("wirecheck: note: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

static void cli_usage(FILE *o) {
  fputs(
      "usage: wirecheck [options] PATH...\n"
      "       wirecheck --quotes [--format json] FILE\n"
      "       wirecheck --transliterate uk|ru < text\n"
      "\n"
      "Checks machine-translated news drafts (plain text, HTML, NITF,\n"
      "NewsML-G2) against the house style and what a copy desk knows.\n"
      "PATH may be a file, a directory (searched recursively for .txt, .html,\n"
      ".htm, .xhtml, .xml and .nitf files; hidden and binary files skipped)\n"
      "or - for standard input.\n"
      "\n"
      "options:\n"
      "  -l, --lang LANG         language of the drafts: en de fr es uk ru\n"
      "                          (default: the file's metadata, else detected)\n"
      "  -s, --style FILE        house style XML (default: styles/default.xml)\n"
      "  -f, --format FORMAT     text (default), json, jsonl, sarif, html, expect\n"
      "  -o, --output FILE       write the report to FILE instead of stdout\n"
      "      --fail-on LEVEL     exit 1 when a finding reaches LEVEL:\n"
      "                          error (default), warning, info, none\n"
      "      --disable RULE      turn off a rule or family (repeatable, or\n"
      "                          comma-separated)\n"
      "      --enable RULE       turn on a rule or family (repeatable)\n"
      "      --list-rules        list every rule with its severity and exit\n"
      "      --input-format F    auto (default), text, html, nitf, newsml\n"
      "      --data-dir DIR      dictionaries folder (default: next to the\n"
      "                          program, else the installed one)\n"
      "      --deep              also run slow deep checks (garble.grammar)\n"
      "      --quotes            print the quote sheet of FILE and exit\n"
      "      --transliterate L   romanize Cyrillic from stdin (uk or ru)\n"
      "      --verify-style      check the house style's own examples\n"
      "      --color WHEN        auto (default), always, never\n"
      "      --stats             print files, bytes, time and peak memory\n"
      "                          to standard error at the end\n"
      "  -q, --quiet             text output: findings only, no excerpts,\n"
      "                          no summary, no notes\n"
      "  -V, --version           print the version and exit\n"
      "  -h, --help              print this help and exit\n"
      "\n"
      "exit status: 0 no finding reaches --fail-on; 1 one does; 2 usage,\n"
      "configuration or input error (other files are still checked).\n"
      "NO_COLOR in the environment turns colour off.\n",
      o);
}

/* ---- options ---- */

typedef struct cli_opts {
  wc_options lib;
  wc_output_format format;
  const char *output;
  wc_severity fail_on;
  wc_input_format input_format;
  bool list_rules, quotes, verify_style, quiet, stats;
  const char *translit;
  int color; /* -1 auto, 0 never, 1 always */
  char **enable, **disable;
  size_t nenable, ndisable;
} cli_opts;

static void push_list(char ***list, size_t *n, const char *arg) {
  char *copy = strdup(arg);
  if (!copy) {
    cli_error("out of memory");
    exit(CLI_EXIT_ERROR);
  }
  for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
    *list = realloc(*list, (*n + 1) * sizeof(char *));
    if (!*list) {
      cli_error("out of memory");
      exit(CLI_EXIT_ERROR);
    }
    (*list)[(*n)++] = strdup(tok);
  }
  free(copy);
}

/* ---- data dir ---- */

static char *cli_find_data_dir(const char *argv0) {
  const char *env = getenv("WIRECHECK_DATA_DIR");
  if (env && *env)
    return strdup(env);
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) {
    if (!argv0 || strlen(argv0) >= sizeof exe)
      return NULL;
    strcpy(exe, argv0);
    n = (ssize_t)strlen(exe);
  }
  exe[n] = '\0';
  char *slash = strrchr(exe, '/');
  if (!slash)
    return NULL;
  *slash = '\0';
  /* next to the program (source tree), or one level up (build dirs) */
  static const char *const rel[] = {"", "/.."};
  for (size_t i = 0; i < 2; i++) {
    char cand[PATH_MAX + 48];
    snprintf(cand, sizeof cand, "%s%s/dictionaries/styles/default.xml", exe,
             rel[i]);
    struct stat st;
    if (stat(cand, &st) == 0) {
      snprintf(cand, sizeof cand, "%s%s/dictionaries", exe, rel[i]);
      return strdup(cand);
    }
  }
  return NULL; /* the library's installed default */
}

/* ---- the run ---- */

typedef struct cli_run {
  wc_engine *engine;
  wc_reporter *rep;
  cli_opts *o;
  size_t counts[3];
  bool had_error;
  size_t files, bytes;
} cli_run;

static void cli_account(cli_run *run, const wc_result *r) {
  size_t c[3];
  wc_result_counts(r, c);
  for (int i = 0; i < 3; i++)
    run->counts[i] += c[i];
}

static void cli_check_data(cli_run *run, const char *name, const char *data,
                           size_t len) {
  wc_result *r = NULL;
  wc_error err = {0};
  run->files++;
  run->bytes += len;
  wc_status st = wc_check_buffer(run->engine, name, data, len,
                                 run->o->input_format, &r, &err);
  if (st != WC_OK) {
    cli_error("%s: %s", name, err.msg[0] ? err.msg : wc_status_str(st));
    wc_reporter_failure(run->rep, name, err.msg[0] ? err.msg : wc_status_str(st));
    run->had_error = true;
    return;
  }
  cli_account(run, r);
  wc_reporter_file(run->rep, r);
  wc_result_free(r);
}

static bool cli_read_stream(FILE *f, char **data, size_t *len) {
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap);
  if (!buf)
    return false;
  size_t k;
  while ((k = fread(buf + n, 1, cap - n, f)) > 0) {
    n += k;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        return false;
      }
      buf = nb;
      cap *= 2;
    }
  }
  if (ferror(f)) {
    free(buf);
    return false;
  }
  *data = buf;
  *len = n;
  return true;
}

static void cli_check_file(cli_run *run, const char *path, bool from_dir) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    cli_error("%s: cannot open: %s", path, strerror(errno));
    wc_reporter_failure(run->rep, path, strerror(errno));
    run->had_error = true;
    return;
  }
  char *data = NULL;
  size_t len = 0;
  bool ok = cli_read_stream(f, &data, &len);
  fclose(f);
  if (!ok) {
    cli_error("%s: cannot read", path);
    wc_reporter_failure(run->rep, path, "cannot read");
    run->had_error = true;
    return;
  }
  if (from_dir && wc_looks_binary(data, len)) {
    cli_note("%s: binary file skipped", path);
    free(data);
    return;
  }
  cli_check_data(run, path, data, len);
  free(data);
}

static bool cli_wanted_ext(const char *name) {
  static const char *const ext[] = {".txt", ".text", ".html", ".htm",
                                    ".xhtml", ".xml", ".nitf", NULL};
  size_t n = strlen(name);
  for (size_t i = 0; ext[i]; i++) {
    size_t e = strlen(ext[i]);
    if (n > e && strcasecmp(name + n - e, ext[i]) == 0)
      return true;
  }
  return false;
}

static int cli_cmp_names(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void cli_walk(cli_run *run, const char *dir, int depth) {
  if (depth > 64) {
    cli_error("%s: directories nested too deep", dir);
    run->had_error = true;
    return;
  }
  DIR *d = opendir(dir);
  if (!d) {
    cli_error("%s: cannot open directory: %s", dir, strerror(errno));
    wc_reporter_failure(run->rep, dir, strerror(errno));
    run->had_error = true;
    return;
  }
  char **names = NULL;
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir(d)) != NULL) {
    if (de->d_name[0] == '.')
      continue; /* hidden, . and .. */
    names = realloc(names, (n + 1) * sizeof(char *));
    if (!names) {
      cli_error("out of memory");
      exit(CLI_EXIT_ERROR);
    }
    names[n++] = strdup(de->d_name);
  }
  closedir(d);
  if (n > 1)
    qsort(names, n, sizeof(char *), cli_cmp_names);
  for (size_t i = 0; i < n; i++) {
    size_t plen = strlen(dir) + strlen(names[i]) + 2;
    char *p = malloc(plen);
    if (!p) {
      cli_error("out of memory");
      exit(CLI_EXIT_ERROR);
    }
    snprintf(p, plen, "%s%s%s", dir,
             dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
    struct stat st;
    if (lstat(p, &st) == 0) {
      if (S_ISDIR(st.st_mode))
        cli_walk(run, p, depth + 1);
      else if (S_ISREG(st.st_mode) && cli_wanted_ext(names[i]))
        cli_check_file(run, p, true);
    }
    free(p);
    free(names[i]);
  }
  free(names);
}

static void cli_check_path(cli_run *run, const char *path) {
  if (strcmp(path, "-") == 0) {
    char *data = NULL;
    size_t len = 0;
    if (!cli_read_stream(stdin, &data, &len)) {
      cli_error("-: cannot read standard input");
      run->had_error = true;
      return;
    }
    cli_check_data(run, "-", data, len);
    free(data);
    return;
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    cli_error("%s: %s", path, strerror(errno));
    wc_reporter_failure(run->rep, path, strerror(errno));
    run->had_error = true;
    return;
  }
  if (S_ISDIR(st.st_mode))
    cli_walk(run, path, 0);
  else
    cli_check_file(run, path, false);
}

static int cli_list_rules(void) {
  for (size_t i = 0; i < wc_rule_count(); i++) {
    const wc_rule_info *r = wc_rule_at(i);
    printf("%-26s %-8s %s%s\n", r->id, wc_severity_name(r->severity),
           r->summary, r->default_on ? "" : " (off by default)");
  }
  return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_ERROR;
}

static int cli_transliterate(const char *lang) {
  char *data = NULL, *out = NULL;
  size_t len = 0;
  if (!cli_read_stream(stdin, &data, &len)) {
    cli_error("cannot read standard input");
    return CLI_EXIT_ERROR;
  }
  wc_error err = {0};
  wc_status st = wc_transliterate(lang, data, len, &out, &err);
  free(data);
  if (st != WC_OK) {
    cli_error("%s", err.msg[0] ? err.msg : wc_status_str(st));
    return CLI_EXIT_ERROR;
  }
  fputs(out, stdout);
  wc_free(out);
  return fflush(stdout) == 0 ? CLI_EXIT_OK : CLI_EXIT_ERROR;
}

int main(int argc, char **argv) {
  cli_opts o;
  memset(&o, 0, sizeof o);
  o.fail_on = WC_SEV_ERROR;
  o.color = -1;
  char *data_dir_owned = NULL;

  enum {
    OPT_FAIL_ON = 256, OPT_DISABLE, OPT_ENABLE, OPT_LIST_RULES,
    OPT_INPUT_FORMAT, OPT_DATA_DIR, OPT_DEEP, OPT_QUOTES, OPT_TRANSLIT,
    OPT_VERIFY_STYLE, OPT_COLOR, OPT_STATS
  };
  static const struct option longopts[] = {
      {"lang", required_argument, NULL, 'l'},
      {"style", required_argument, NULL, 's'},
      {"format", required_argument, NULL, 'f'},
      {"output", required_argument, NULL, 'o'},
      {"fail-on", required_argument, NULL, OPT_FAIL_ON},
      {"disable", required_argument, NULL, OPT_DISABLE},
      {"enable", required_argument, NULL, OPT_ENABLE},
      {"list-rules", no_argument, NULL, OPT_LIST_RULES},
      {"input-format", required_argument, NULL, OPT_INPUT_FORMAT},
      {"data-dir", required_argument, NULL, OPT_DATA_DIR},
      {"deep", no_argument, NULL, OPT_DEEP},
      {"quotes", no_argument, NULL, OPT_QUOTES},
      {"transliterate", required_argument, NULL, OPT_TRANSLIT},
      {"verify-style", no_argument, NULL, OPT_VERIFY_STYLE},
      {"color", required_argument, NULL, OPT_COLOR},
      {"colour", required_argument, NULL, OPT_COLOR},
      {"stats", no_argument, NULL, OPT_STATS},
      {"quiet", no_argument, NULL, 'q'},
      {"version", no_argument, NULL, 'V'},
      {"help", no_argument, NULL, 'h'},
      {NULL, 0, NULL, 0}};
  int c;
  opterr = 0;
  while ((c = getopt_long(argc, argv, ":l:s:f:o:qVh", longopts, NULL)) != -1) {
    switch (c) {
    case 'l': o.lib.lang = optarg; break;
    case 's': o.lib.style_path = optarg; break;
    case 'f':
      if (!wc_output_format_parse(optarg, &o.format)) {
        cli_error("unknown format '%s' (text, json, jsonl, sarif, html, "
                  "expect)", optarg);
        return CLI_EXIT_ERROR;
      }
      break;
    case 'o': o.output = optarg; break;
    case OPT_FAIL_ON:
      if (!wc_severity_parse(optarg, &o.fail_on)) {
        cli_error("unknown level '%s' for --fail-on (error, warning, info, "
                  "none)", optarg);
        return CLI_EXIT_ERROR;
      }
      break;
    case OPT_DISABLE: push_list(&o.disable, &o.ndisable, optarg); break;
    case OPT_ENABLE: push_list(&o.enable, &o.nenable, optarg); break;
    case OPT_LIST_RULES: o.list_rules = true; break;
    case OPT_INPUT_FORMAT:
      if (!wc_input_format_parse(optarg, &o.input_format)) {
        cli_error("unknown input format '%s' (auto, text, html, nitf, "
                  "newsml)", optarg);
        return CLI_EXIT_ERROR;
      }
      break;
    case OPT_DATA_DIR: o.lib.data_dir = optarg; break;
    case OPT_DEEP: o.lib.deep = true; break;
    case OPT_QUOTES: o.quotes = true; break;
    case OPT_TRANSLIT: o.translit = optarg; break;
    case OPT_VERIFY_STYLE: o.verify_style = true; break;
    case OPT_COLOR:
      if (strcmp(optarg, "auto") == 0) o.color = -1;
      else if (strcmp(optarg, "always") == 0) o.color = 1;
      else if (strcmp(optarg, "never") == 0) o.color = 0;
      else {
        cli_error("unknown value '%s' for --color (auto, always, never)",
                  optarg);
        return CLI_EXIT_ERROR;
      }
      break;
    case OPT_STATS: o.stats = true; break;
    case 'q': o.quiet = true; break;
    case 'V': printf("wirecheck %s\n", WC_VERSION); return CLI_EXIT_OK;
    case 'h': cli_usage(stdout); return CLI_EXIT_OK;
    case ':':
      cli_error("option '%s' needs a value", argv[optind - 1]);
      return CLI_EXIT_ERROR;
    default:
      cli_error("unknown option '%s' (see wirecheck --help)",
                argv[optind - 1]);
      return CLI_EXIT_ERROR;
    }
  }
  cli_quiet = o.quiet;

  if (o.list_rules)
    return cli_list_rules();
  if (o.translit)
    return cli_transliterate(o.translit);

  if (!o.lib.data_dir) {
    data_dir_owned = cli_find_data_dir(argv[0]);
    o.lib.data_dir = data_dir_owned;
  }
  if (optind >= argc && !o.verify_style) {
    cli_error("no input given (see wirecheck --help)");
    cli_usage(stderr);
    free(data_dir_owned);
    return CLI_EXIT_ERROR;
  }

  wc_engine *engine = NULL;
  wc_error err = {0};
  wc_status st = wc_engine_new(&o.lib, &engine, &err);
  if (st != WC_OK) {
    if (err.file[0] && err.line)
      cli_error("%s:%zu:%zu: %s", err.file, err.line, err.col, err.msg);
    else if (err.file[0])
      cli_error("%s: %s", err.file, err.msg);
    else
      cli_error("%s", err.msg[0] ? err.msg : wc_status_str(st));
    free(data_dir_owned);
    return CLI_EXIT_ERROR;
  }
  int rc = CLI_EXIT_OK;
  for (size_t i = 0; i < o.ndisable; i++)
    if (wc_engine_set_enabled(engine, o.disable[i], false) != WC_OK) {
      cli_error("unknown rule '%s' for --disable (see --list-rules)",
                o.disable[i]);
      rc = CLI_EXIT_ERROR;
    }
  for (size_t i = 0; i < o.nenable; i++)
    if (wc_engine_set_enabled(engine, o.enable[i], true) != WC_OK) {
      cli_error("unknown rule '%s' for --enable (see --list-rules)",
                o.enable[i]);
      rc = CLI_EXIT_ERROR;
    }
  if (rc != CLI_EXIT_OK)
    goto done;

  if (o.verify_style) {
    size_t total = 0, failed = 0;
    st = wc_style_verify_examples(engine, stdout, &total, &failed, &err);
    if (st != WC_OK) {
      cli_error("%s", err.msg);
      rc = CLI_EXIT_ERROR;
    } else {
      printf("%zu passed, %zu failed\n", total - failed, failed);
      rc = failed ? CLI_EXIT_FINDINGS : CLI_EXIT_OK;
    }
    goto done;
  }

  if (o.quotes) {
    for (int i = optind; i < argc; i++) {
      char *data = NULL;
      size_t len = 0;
      FILE *f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "rb");
      if (!f || !cli_read_stream(f, &data, &len)) {
        cli_error("%s: cannot read: %s", argv[i], strerror(errno));
        if (f && f != stdin)
          fclose(f);
        rc = CLI_EXIT_ERROR;
        continue;
      }
      if (f != stdin)
        fclose(f);
      wc_error qerr = {0};
      st = wc_quote_sheet(engine, argv[i], data, len, o.input_format,
                          o.format == WC_OUT_JSON, stdout, &qerr);
      free(data);
      if (st != WC_OK) {
        cli_error("%s: %s", argv[i], qerr.msg);
        rc = CLI_EXIT_ERROR;
      }
    }
    if (fflush(stdout) != 0)
      rc = CLI_EXIT_ERROR;
    goto done;
  }

  {
    FILE *out = stdout;
    if (o.output) {
      out = fopen(o.output, "w");
      if (!out) {
        cli_error("%s: cannot write: %s", o.output, strerror(errno));
        rc = CLI_EXIT_ERROR;
        goto done;
      }
    }
    wc_report_options ro = {0};
    const char *nc = getenv("NO_COLOR");
    if (o.color == 1)
      ro.color = true;
    else if (o.color == -1)
      ro.color = !o.output && isatty(fileno(stdout)) && !(nc && *nc);
    if (nc && *nc)
      ro.color = false;
    ro.quiet = o.quiet;
    ro.docs_url = "https://github.com/wirecheck/wirecheck/blob/main/docs/rules.md";
    wc_reporter *rep = NULL;
    wc_reporter_new(o.format, out, &ro, &rep);
    cli_run run = {engine, rep, &o, {0, 0, 0}, false, 0, 0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = optind; i < argc; i++)
      cli_check_path(&run, argv[i]);
    wc_result *batch = wc_engine_batch_finish(engine);
    cli_account(&run, batch);
    wc_reporter_batch(rep, batch);
    wc_result_free(batch);
    if (wc_reporter_end(rep) != WC_OK) {
      cli_error("%s: write failed", o.output ? o.output : "standard output");
      run.had_error = true;
    }
    wc_reporter_free(rep);
    if (o.stats) {
      clock_gettime(CLOCK_MONOTONIC, &t1);
      struct rusage ru;
      getrusage(RUSAGE_SELF, &ru);
      double secs = (double)(t1.tv_sec - t0.tv_sec) +
                    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
      fprintf(stderr,
              "wirecheck: stats: files=%zu bytes=%zu seconds=%.3f "
              "bytes_per_second=%.0f max_rss_kib=%ld\n",
              run.files, run.bytes, secs,
              secs > 0 ? (double)run.bytes / secs : 0.0, ru.ru_maxrss);
    }
    if (out != stdout && fclose(out) != 0) {
      cli_error("%s: write failed: %s", o.output, strerror(errno));
      run.had_error = true;
    }
    if (run.had_error)
      rc = CLI_EXIT_ERROR;
    else if (o.fail_on != WC_SEV_NONE) {
      for (int s = (int)o.fail_on; s <= (int)WC_SEV_ERROR; s++)
        if (run.counts[s])
          rc = CLI_EXIT_FINDINGS;
    }
  }

done:
  wc_engine_free(engine);
  for (size_t i = 0; i < o.nenable; i++)
    free(o.enable[i]);
  for (size_t i = 0; i < o.ndisable; i++)
    free(o.disable[i]);
  free(o.enable);
  free(o.disable);
  free(data_dir_owned);
  if (fclose(stdout) != 0 && rc == CLI_EXIT_OK)
    rc = CLI_EXIT_ERROR;
  return rc;
}
