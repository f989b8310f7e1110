/* SPDX-License-Identifier: MIT */
/* Per-process counters for the metrics endpoint. Every process counts into `*wm_metrics`: a
 * process-local slot by default, or, when metrics are on, its own slot of a MAP_SHARED anonymous
 * mapping the master creates before the first fork and reads to answer GET /metrics. A slot has
 * one writer (its process) and one reader (the master): fields are naturally aligned 64-bit words,
 * written with plain stores on the hot paths and read with relaxed atomic loads. */

#ifndef WM_CORE_METRICS_H
#define WM_CORE_METRICS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct _wm_metrics_slot {
	/* Counted where they happen (cheap: one add). */
	uint64_t bytes_in;        /* bytes received by connections of this process */
	uint64_t bytes_out;       /* bytes given to the kernel by connections of this process */
	uint64_t buffer_full;     /* onBufferFull events (the send buffer reached maxSendBufferSize) */
	uint64_t exceptions;      /* uncaught throwables written to the log */
	uint64_t accepted;        /* connections accepted by this process's listeners */
	/* Copied by the process's 1 s metrics tick. */
	int64_t connections;      /* ConnectionInterface::$statistics['connection_count'] */
	int64_t requests;         /* ...['total_request'] */
	int64_t send_fail;        /* ...['send_fail'] */
	int64_t memory;           /* memory_get_usage() */
	int64_t memory_peak;      /* memory_get_peak_usage() */
	int64_t timers;           /* timers of the event loop (status's `timers` column) */
	int64_t lag_us;           /* how late the last tick ran, in microseconds */
	int64_t updated;          /* unix time of the last tick, 0 before the first */
	/* Owned by the master. */
	int64_t pid;              /* the process using the slot, 0 if none */
	int64_t started;          /* unix time it was forked */
	int64_t id;               /* its $worker->id */
} __attribute__((aligned(64))) wm_metrics_slot;

/** Where this process counts (never NULL). */
extern wm_metrics_slot *wm_metrics;

/** Creates the shared mapping of `n` zeroed slots (any previous one stays mapped in children that
 * use it). Returns false (errno set) if mmap() fails. */
bool wm_metrics_map_create(uint32_t n);
/** Number of slots of the shared mapping (0 without one). */
uint32_t wm_metrics_map_size(void);
/** Slot `i` of the shared mapping (NULL without one or out of range). */
wm_metrics_slot *wm_metrics_map_slot(uint32_t i);
/** This process counts into slot `i` from now on (after fork(), in the child). */
void wm_metrics_use_slot(uint32_t i);

/** A relaxed atomic load of a slot field (the master reading a child's counters). */
#define WM_METRICS_LOAD(p) __atomic_load_n(&(p), __ATOMIC_RELAXED)

#endif /* WM_CORE_METRICS_H */
