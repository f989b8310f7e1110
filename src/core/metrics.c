/* SPDX-License-Identifier: MIT */
/* The slots behind `wm_metrics` (see metrics.h). */

#include "core/metrics.h"

#include <string.h>
#include <sys/mman.h>

static wm_metrics_slot wm_metrics_local;
wm_metrics_slot *wm_metrics = &wm_metrics_local;

static wm_metrics_slot *wm_metrics_slots;
static uint32_t wm_metrics_nslots;

bool wm_metrics_map_create(uint32_t n)
{
	void *p = mmap(NULL, sizeof(wm_metrics_slot) * n, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		return false;
	}
	wm_metrics_slots = p;
	wm_metrics_nslots = n;
	return true;
}

uint32_t wm_metrics_map_size(void)
{
	return wm_metrics_nslots;
}

wm_metrics_slot *wm_metrics_map_slot(uint32_t i)
{
	return wm_metrics_slots && i < wm_metrics_nslots ? &wm_metrics_slots[i] : NULL;
}

void wm_metrics_use_slot(uint32_t i)
{
	wm_metrics_slot *s = wm_metrics_map_slot(i);
	if (s) {
		wm_metrics = s;
	}
}
