-- Shared by the bench/http.sh scripts (loaded with dofile): numbers each thread (global `id`,
-- from 0) and prints one machine-readable line when the run is done. `sent` is the number of
-- requests the scripts' request() handed to wrk, summed over the threads (wrk calls request()
-- once more before the run to count the requests in it, so it may exceed what was written by
-- one call's worth); scripts without request() leave it nil and the line says sent=-.

local threads = {}

function setup(thread)
	thread:set("id", #threads)
	threads[#threads + 1] = thread
end

function done(summary, latency, requests)
	local sent = nil
	for _, t in ipairs(threads) do
		local s = t:get("sent")
		if s ~= nil then
			sent = (sent or 0) + s
		end
	end
	local e = summary.errors
	io.write(string.format(
		"bench: requests=%d bytes=%d seconds=%.6f sent=%s connect=%d read=%d write=%d status=%d timeout=%d\n",
		summary.requests, summary.bytes, summary.duration / 1e6,
		sent and string.format("%d", sent) or "-",
		e.connect, e.read, e.write, e.status, e.timeout))
end
