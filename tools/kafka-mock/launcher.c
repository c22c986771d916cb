/*
 * kafka-mock: a local Kafka-protocol broker for dev and CI, built on
 * librdkafka's mock cluster (rdkafka_mock.h). See README.md for usage,
 * the stdin control protocol and the mock's quirks.
 *
 * Besides the public mock API this file does three things the API does not
 * offer, each checked at start-up:
 *   1. sets the cluster's controller id to 1 (private struct poke),
 *   2. binds brokers to fixed ports (--port-base) by interposing bind(),
 *   3. clamps each Fetch's MaxWaitTime (--fetch-wait-max) by interposing
 *      accept()/recvmsg() and rewriting that field in the request bytes.
 * 2 and 3 work because a symbol defined in the executable takes precedence
 * over libc's for calls made from librdkafka.so (-rdynamic in build.sh).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#define DEFAULT_PARTITIONS 4

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void die(const char *fmt, ...) {
        va_list ap;
        va_start(ap, fmt);
        fputs("kafka-mock: ", stderr);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
        va_end(ap);
        exit(2);
}

/* ------------------------------------------------------------------ */
/* Fixed listener ports.                                              */

/* librdkafka 2.0.2 has no API to pick mock listener ports: each broker binds
 * 127.0.0.1:0 in rd_kafka_mock_cluster_new, brokers 1..N in order, in the
 * calling thread. While g_port_next is set we hand out P, P+1, ... instead.
 * Re-binds after "down" already carry the broker's port and pass through. */
static int g_port_next;

int bind(int fd, const struct sockaddr *addr, socklen_t len) {
        static int (*real_bind)(int, const struct sockaddr *, socklen_t);
        struct sockaddr_in sin;

        if (!real_bind)
                real_bind = dlsym(RTLD_NEXT, "bind");
        if (g_port_next > 0 && addr && addr->sa_family == AF_INET &&
            len >= sizeof(sin)) {
                memcpy(&sin, addr, sizeof(sin));
                if (sin.sin_port == 0) {
                        sin.sin_port = htons((uint16_t)g_port_next++);
                        return real_bind(fd, (struct sockaddr *)&sin,
                                         sizeof(sin));
                }
        }
        return real_bind(fd, addr, len);
}

/* ------------------------------------------------------------------ */
/* Fetch MaxWaitTime clamp.                                           */

/* The mock answers an empty Fetch only after the client's full MaxWaitTime,
 * even if data arrives meanwhile, and the held reply also delays every later
 * reply (heartbeats too) on that connection. There is no knob for it, so we
 * lower MaxWaitTime in the request bytes as the mock reads them.
 *
 * Request framing (all big-endian), offsets from the start of the frame:
 *   0 Size(4)  4 ApiKey(2)  6 ApiVersion(2)  8 CorrelationId(4)
 *  12 ClientId length(2, -1 = null)  14 ClientId(L)
 *  Fetch v0..v11 body: 14+L ReplicaId(4)  18+L MaxWaitTime(4) ...
 * Fetch v12+ would be "flexible" (different header); the mock in 2.0.2 only
 * accepts up to v11, and we leave anything else alone.
 *
 * The mock's cluster thread does all accept()/recvmsg() calls, so the
 * per-connection state needs no locking. */
#define MAX_TRACKED_FD 4096
#define FETCH_API_KEY 1

struct conn {
        uint8_t tracked;
        int8_t cmp;  /* MaxWait vs clamp, big-endian prefix compare:
                      * 0 equal so far, 1 larger (rewrite), -1 smaller */
        int16_t api_key, api_ver, cid_len;
        int32_t size;
        int64_t pos; /* bytes of the current frame seen so far */
};

static struct conn g_conns[MAX_TRACKED_FD];
static int32_t g_fetch_wait_max = 10; /* ms; 0 disables the clamp */
static unsigned long g_fetch_clamped; /* only touched by the mock thread */

int accept(int fd, struct sockaddr *addr, socklen_t *len) {
        static int (*real_accept)(int, struct sockaddr *, socklen_t *);
        int s;

        if (!real_accept)
                real_accept = dlsym(RTLD_NEXT, "accept");
        s = real_accept(fd, addr, len);
        if (s >= 0 && s < MAX_TRACKED_FD) {
                memset(&g_conns[s], 0, sizeof(g_conns[s]));
                g_conns[s].tracked = g_fetch_wait_max > 0;
        }
        return s;
}

/* Walks received bytes through the frame parser, rewriting MaxWaitTime in
 * place. Works whatever way the stream is chunked. */
static void clamp_bytes(struct conn *c, uint8_t *p, size_t n) {
        size_t i = 0;

        while (i < n) {
                int64_t pos  = c->pos;
                int64_t mw   = 18 + (c->cid_len > 0 ? c->cid_len : 0);
                int is_fetch = c->api_key == FETCH_API_KEY && c->api_ver >= 0 &&
                               c->api_ver <= 11;

                if (pos < 4)
                        c->size = (int32_t)(((uint32_t)c->size << 8) | p[i]);
                else if (pos < 6)
                        c->api_key = (int16_t)(((uint16_t)c->api_key << 8) | p[i]);
                else if (pos < 8)
                        c->api_ver = (int16_t)(((uint16_t)c->api_ver << 8) | p[i]);
                else if (pos >= 12 && pos < 14)
                        c->cid_len = (int16_t)(((uint16_t)c->cid_len << 8) | p[i]);
                else if (is_fetch && pos >= mw && pos < mw + 4) {
                        int k      = (int)(pos - mw);
                        uint8_t cb = (uint8_t)((uint32_t)g_fetch_wait_max >>
                                               (8 * (3 - k)));
                        if (c->cmp == 0 && p[i] != cb)
                                c->cmp = p[i] > cb ? 1 : -1;
                        if (c->cmp == 1)
                                p[i] = cb;
                        if (k == 3 && c->cmp == 1)
                                g_fetch_clamped++;
                } else if (pos >= 14 && (!is_fetch || pos >= mw + 4)) {
                        /* Nothing more of interest in this frame: skip. */
                        int64_t skip = (int64_t)c->size + 4 - pos;
                        if (skip > (int64_t)(n - i))
                                skip = (int64_t)(n - i);
                        if (skip < 1)
                                skip = 1;
                        c->pos += skip;
                        i += (size_t)skip;
                        goto frame_end;
                }
                c->pos++;
                i++;
        frame_end:
                if (c->pos == 4 && c->size < 8) {
                        c->tracked = 0; /* garbage: stop interfering */
                        return;
                }
                if (c->pos >= 4 && c->pos >= (int64_t)c->size + 4) {
                        uint8_t tracked = c->tracked;
                        memset(c, 0, sizeof(*c));
                        c->tracked = tracked;
                }
        }
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags) {
        static ssize_t (*real_recvmsg)(int, struct msghdr *, int);
        ssize_t r;
        size_t left, i;

        if (!real_recvmsg)
                real_recvmsg = dlsym(RTLD_NEXT, "recvmsg");
        r = real_recvmsg(fd, msg, flags);
        if (r <= 0 || fd < 0 || fd >= MAX_TRACKED_FD ||
            !g_conns[fd].tracked || (flags & MSG_PEEK))
                return r;
        left = (size_t)r;
        for (i = 0; i < (size_t)msg->msg_iovlen && left > 0; i++) {
                size_t n = msg->msg_iov[i].iov_len < left
                               ? msg->msg_iov[i].iov_len
                               : left;
                clamp_bytes(&g_conns[fd], msg->msg_iov[i].iov_base, n);
                left -= n;
        }
        return r;
}

/* ------------------------------------------------------------------ */
/* Controller id fix.                                                 */

/* Metadata from the mock reports ControllerId 0 while brokers are 1..N, and
 * kafkajs then fails everything that goes to the controller (admin calls and
 * the idempotent producer's InitProducerId) with "Broker 0 not found". There
 * is no API to set it, so we write the private field. This mirrors the head
 * of struct rd_kafka_mock_cluster_s in librdkafka 2.0.2
 * (src/rdkafka_mock_int.h); the layout is checked before writing. */
struct mock_cluster_head {
        char id[32];
        rd_kafka_t *rk;
        int32_t controller_id;
};

/* rd_kafka_version() values (major.minor.patch, ignoring the pre-release
 * byte) whose struct layout was checked against the source. */
static const int verified_versions[] = {0x020002};

static void fix_controller_id(rd_kafka_mock_cluster_t *mc, rd_kafka_t *rk) {
        struct mock_cluster_head *h = (struct mock_cluster_head *)mc;
        int v = rd_kafka_version() >> 8, ok = 0;
        size_t i, n;

        for (i = 0; i < sizeof(verified_versions) / sizeof(*verified_versions);
             i++)
                ok |= verified_versions[i] == v;
        if (!ok)
                die("!!! librdkafka %s: the controller-id fix is only verified "
                    "for 2.0.2; refusing to guess the struct layout. Check "
                    "src/rdkafka_mock_int.h of this version and add it to "
                    "verified_versions in launcher.c, or run with "
                    "--no-controller-fix (kafkajs idempotent producers and "
                    "admin calls will then fail with \"Broker 0 not found\").",
                    rd_kafka_version_str());

        n = strnlen(h->id, sizeof(h->id));
        ok = n >= 8 && n < sizeof(h->id) && !strncmp(h->id, "mockCluster", 11);
        for (i = 0; ok && i < n; i++)
                ok = isprint((unsigned char)h->id[i]);
        ok = ok && h->rk == rk && (h->controller_id == 0 || h->controller_id == -1);
        if (!ok)
                die("!!! librdkafka %s: mock cluster struct layout is not the "
                    "expected {char id[32]; rd_kafka_t *rk; int32_t "
                    "controller_id;}. Not touching it. Run with "
                    "--no-controller-fix to start anyway.",
                    rd_kafka_version_str());

        /* The mock thread reads this when it answers Metadata. */
        __atomic_store_n(&h->controller_id, 1, __ATOMIC_SEQ_CST);
}

/* ------------------------------------------------------------------ */
/* Topics and control commands.                                       */

static int g_replication;

static int parse_int(const char *s, long min, long max, long *out) {
        char *end;
        long v;

        if (!s || !*s)
                return -1;
        errno = 0;
        v     = strtol(s, &end, 10);
        if (errno || *end || v < min || v > max)
                return -1;
        *out = v;
        return 0;
}

/* Kafka's legal topic name characters; the mock itself checks nothing. */
static int valid_topic(const char *t) {
        size_t n = strlen(t);

        if (n == 0 || n > 249 || !strcmp(t, ".") || !strcmp(t, ".."))
                return 0;
        for (; *t; t++)
                if (!isalnum((unsigned char)*t) && !strchr("._-", *t))
                        return 0;
        return 1;
}

static const char *create_topic(rd_kafka_mock_cluster_t *mc,
                                const char *name,
                                long partitions) {
        rd_kafka_resp_err_t err;

        if (!valid_topic(name))
                return "invalid topic name";
        err = rd_kafka_mock_topic_create(mc, name, (int)partitions,
                                         g_replication);
        return err ? rd_kafka_err2str(err) : NULL;
}

/* "name" or "name<sep>partitions"; returns an error string or NULL. */
static const char *create_topic_spec(rd_kafka_mock_cluster_t *mc,
                                     char *spec,
                                     const char *sep) {
        char *name = strtok(spec, sep), *parts = strtok(NULL, sep);
        long n     = DEFAULT_PARTITIONS;

        if (!name)
                return "empty topic spec";
        if (strtok(NULL, sep))
                return "trailing garbage";
        if (parts && parse_int(parts, 1, 100000, &n))
                return "partitions must be an integer 1..100000";
        return create_topic(mc, name, n);
}

static void load_topics_file(rd_kafka_mock_cluster_t *mc, const char *path) {
        FILE *f = fopen(path, "r");
        char line[1024];
        int lineno = 0;

        if (!f)
                die("cannot open topics file %s: %s", path, strerror(errno));
        while (fgets(line, sizeof(line), f)) {
                const char *err;
                char *p = strchr(line, '#');

                lineno++;
                if (p)
                        *p = '\0';
                p = line + strspn(line, " \t\r\n");
                if (!*p)
                        continue;
                if ((err = create_topic_spec(mc, p, " \t\r\n")))
                        die("%s:%d: %s", path, lineno, err);
        }
        fclose(f);
}

static void reply(const char *status, const char *msg) {
        printf("%s %s\n", status, msg);
        fflush(stdout);
}

/* Handles one control line; returns 1 on "quit". */
static int handle_command(rd_kafka_mock_cluster_t *mc, char *line) {
        char *argv[6], *save = NULL, echo[512];
        int argc = 0;
        long a, b;
        rd_kafka_resp_err_t err;
        const char *msg;

        for (char *t = strtok_r(line, " \t\r\n", &save); t && argc < 6;
             t = strtok_r(NULL, " \t\r\n", &save))
                argv[argc++] = t;
        if (argc == 0)
                return 0; /* blank line: nothing to answer */

        echo[0] = '\0';
        for (int i = 0; i < argc; i++)
                snprintf(echo + strlen(echo), sizeof(echo) - strlen(echo),
                         "%s%s", i ? " " : "", argv[i]);

        if (!strcmp(argv[0], "quit") && argc == 1) {
                reply("OK", echo);
                return 1;
        } else if ((!strcmp(argv[0], "down") || !strcmp(argv[0], "up")) &&
                   argc == 2) {
                if (parse_int(argv[1], 1, INT32_MAX, &a))
                        return reply("ERR", "usage: down|up <brokerId>"), 0;
                err = argv[0][0] == 'd'
                          ? rd_kafka_mock_broker_set_down(mc, (int32_t)a)
                          : rd_kafka_mock_broker_set_up(mc, (int32_t)a);
                msg = err ? rd_kafka_err2str(err) : NULL;
        } else if (!strcmp(argv[0], "leader") && argc == 4) {
                /* A negative partition would index out of bounds inside the
                 * mock; brokerId -1 means "no leader". */
                if (!valid_topic(argv[1]) ||
                    parse_int(argv[2], 0, INT32_MAX, &a) ||
                    parse_int(argv[3], -1, INT32_MAX, &b))
                        return reply("ERR", "usage: leader <topic> "
                                            "<partition> <brokerId>"),
                               0;
                err = rd_kafka_mock_partition_set_leader(mc, argv[1], (int32_t)a,
                                                         (int32_t)b);
                msg = err ? rd_kafka_err2str(err) : NULL;
        } else if (!strcmp(argv[0], "topic") && (argc == 2 || argc == 3)) {
                if (argc == 3 && parse_int(argv[2], 1, 100000, &a))
                        return reply("ERR", "usage: topic <name> [partitions]"),
                               0;
                msg = create_topic(mc, argv[1],
                                   argc == 3 ? a : DEFAULT_PARTITIONS);
        } else {
                msg = "unknown command (down|up|leader|topic|quit)";
        }

        if (msg)
                reply("ERR", msg);
        else
                reply("OK", echo);
        return 0;
}

static void usage(FILE *f) {
        fputs("usage: kafka-mock [--brokers N] [--port-base P] "
              "[--topic name[:partitions]]...\n"
              "                  [--topics-file PATH] [--fetch-wait-max MS] "
              "[--exit-on-eof]\n"
              "                  [--no-controller-fix] [--debug]\n"
              "Prints 'BOOTSTRAP host:port,...' and 'READY' on stdout, then "
              "reads control lines\n"
              "on stdin: down <id> | up <id> | leader <topic> <partition> "
              "<id> |\n"
              "          topic <name> [partitions] | quit\n",
              f);
}

int main(int argc, char **argv) {
        long brokers = 3, port_base = 0, v;
        int exit_on_eof = 0, controller_fix = 1, debug = 0, stdin_open = 1;
        const char *topics_file = NULL;
        char **topic_specs = calloc((size_t)argc, sizeof(char *));
        int ntopic_specs   = 0;
        char errstr[512], buf[4096], expect[4096];
        size_t buflen = 0;
        int discarding = 0, quit = 0;
        rd_kafka_conf_t *conf;
        rd_kafka_t *rk;
        rd_kafka_mock_cluster_t *mc;
        const char *bootstraps;
        sigset_t sigs;
        int sfd;

        for (int i = 1; i < argc; i++) {
                const char *a = argv[i], *val = i + 1 < argc ? argv[i + 1] : NULL;

                if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
                        usage(stdout);
                        return 0;
                } else if (!strcmp(a, "--exit-on-eof")) {
                        exit_on_eof = 1;
                } else if (!strcmp(a, "--no-controller-fix")) {
                        controller_fix = 0;
                } else if (!strcmp(a, "--debug")) {
                        debug = 1;
                } else if (!val) {
                        usage(stderr);
                        die("unknown flag or missing value: %s", a);
                } else if (!strcmp(a, "--brokers")) {
                        if (parse_int(val, 1, 64, &brokers))
                                die("--brokers must be 1..64");
                        i++;
                } else if (!strcmp(a, "--port-base")) {
                        if (parse_int(val, 1, 65535, &port_base))
                                die("--port-base must be 1..65535");
                        i++;
                } else if (!strcmp(a, "--fetch-wait-max")) {
                        if (parse_int(val, 0, 600000, &v))
                                die("--fetch-wait-max must be 0..600000 ms");
                        g_fetch_wait_max = (int32_t)v;
                        i++;
                } else if (!strcmp(a, "--topic")) {
                        topic_specs[ntopic_specs++] = argv[++i];
                } else if (!strcmp(a, "--topics-file")) {
                        topics_file = argv[++i];
                } else {
                        usage(stderr);
                        die("unknown flag: %s", a);
                }
        }
        if (port_base && port_base + brokers - 1 > 65535)
                die("--port-base %ld leaves no room for %ld brokers", port_base,
                    brokers);
        g_replication = brokers < 3 ? (int)brokers : 3;

        /* Block the signals before librdkafka starts its threads (they
         * inherit the mask), and take them synchronously via a signalfd so
         * the stdin loop has no race with them. */
        sigemptyset(&sigs);
        sigaddset(&sigs, SIGINT);
        sigaddset(&sigs, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &sigs, NULL);
        if ((sfd = signalfd(-1, &sigs, SFD_CLOEXEC)) == -1)
                die("signalfd: %s", strerror(errno));

        /* The handle only hosts the mock cluster; it never connects anywhere.
         * Warnings (e.g. "no bootstrap.servers") are noise here. */
        conf = rd_kafka_conf_new();
        if (rd_kafka_conf_set(conf, "log_level", debug ? "7" : "3", errstr,
                              sizeof(errstr)) ||
            (debug && rd_kafka_conf_set(conf, "debug", "mock", errstr,
                                        sizeof(errstr))))
                die("conf: %s", errstr);
        if (!(rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr,
                                sizeof(errstr))))
                die("rd_kafka_new: %s", errstr);

        /* A failed bind inside rd_kafka_mock_cluster_new makes librdkafka
         * 2.0.2 abort in its own cleanup (assertion on cluster_cnt), so test
         * the ports first, the same way it binds them (SO_REUSEADDR). */
        for (long p = port_base; port_base && p < port_base + brokers; p++) {
                struct sockaddr_in sin = {.sin_family = AF_INET,
                                          .sin_port   = htons((uint16_t)p),
                                          .sin_addr = {htonl(INADDR_LOOPBACK)}};
                int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0), on = 1;
                int r = s == -1 ? -1
                        : setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &on,
                                     sizeof(on))
                            ? -1
                            : bind(s, (struct sockaddr *)&sin, sizeof(sin));
                int e = errno;
                if (s != -1)
                        close(s);
                if (r)
                        die("cannot use 127.0.0.1:%ld: %s", p, strerror(e));
        }

        g_port_next = (int)port_base;
        mc          = rd_kafka_mock_cluster_new(rk, (int)brokers);
        g_port_next = 0;
        if (!mc && port_base)
                die("cannot create mock cluster: ports %ld..%ld in use?",
                    port_base, port_base + brokers - 1);
        if (!mc)
                die("cannot create mock cluster");
        bootstraps = rd_kafka_mock_cluster_bootstraps(mc);

        if (port_base) {
                /* Proves the bind() interposition took effect. */
                size_t of = 0;
                for (long i = 0; i < brokers; i++)
                        of += (size_t)snprintf(expect + of, sizeof(expect) - of,
                                               "%s127.0.0.1:%ld", i ? "," : "",
                                               port_base + i);
                if (strcmp(expect, bootstraps))
                        die("!!! brokers did not get the requested ports: "
                            "wanted %s, got %s",
                            expect, bootstraps);
        }

        if (controller_fix)
                fix_controller_id(mc, rk);

        if (topics_file)
                load_topics_file(mc, topics_file);
        for (int i = 0; i < ntopic_specs; i++) {
                /* strtok on a copy: editing argv in place would show up in ps */
                char *spec      = strdup(topic_specs[i]);
                const char *err = create_topic_spec(mc, spec, ":");
                if (err)
                        die("--topic %s: %s", topic_specs[i], err);
                free(spec);
        }

        printf("BOOTSTRAP %s\nREADY\n", bootstraps);
        fflush(stdout);

        while (!quit) {
                struct pollfd pfd[2] = {{sfd, POLLIN, 0},
                                        {STDIN_FILENO, POLLIN, 0}};
                ssize_t r;

                if (poll(pfd, stdin_open ? 2 : 1, -1) == -1) {
                        if (errno == EINTR)
                                continue;
                        die("poll: %s", strerror(errno));
                }
                if (pfd[0].revents)
                        break; /* SIGINT / SIGTERM */
                if (!stdin_open || !pfd[1].revents)
                        continue;

                r = read(STDIN_FILENO, buf + buflen, sizeof(buf) - 1 - buflen);
                if (r < 0 && errno == EINTR)
                        continue;
                if (r <= 0) {
                        /* EOF (or a broken stdin): as a daemon we keep
                         * serving until a signal arrives. */
                        if (exit_on_eof)
                                break;
                        stdin_open = 0;
                        continue;
                }
                buflen += (size_t)r;

                for (;;) {
                        char *nl = memchr(buf, '\n', buflen);
                        size_t used;

                        if (!nl) {
                                if (buflen == sizeof(buf) - 1) {
                                        if (!discarding)
                                                reply("ERR", "line too long");
                                        discarding = 1;
                                        buflen     = 0;
                                }
                                break;
                        }
                        *nl  = '\0';
                        used = (size_t)(nl - buf) + 1;
                        if (!discarding && handle_command(mc, buf)) {
                                quit = 1;
                                break;
                        }
                        discarding = 0;
                        memmove(buf, buf + used, buflen - used);
                        buflen -= used;
                }
        }

        rd_kafka_mock_cluster_destroy(mc); /* joins the mock thread */
        if (debug)
                fprintf(stderr, "kafka-mock: %lu Fetch requests clamped\n",
                        g_fetch_clamped);
        rd_kafka_destroy(rk);
        free(topic_specs);
        return 0;
}
