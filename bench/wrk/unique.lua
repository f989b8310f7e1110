-- unique: "GET /item?id=<n> HTTP/1.1" with a Host header, n counting up per thread, so no two
-- requests of a run are the same (upstream's Http::input/decode caches never hit).
-- Argument: the first id (default 0); thread k counts from first + k * 1e9.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

local n, tail

function init(args)
	n = (tonumber(args[1]) or 0) + id * 1e9
	tail = " HTTP/1.1\r\nHost: " .. wrk.headers["Host"] .. "\r\n\r\n"
	sent = 0
end

function request()
	n = n + 1
	sent = sent + 1
	return "GET /item?id=" .. string.format("%d", n) .. tail
end
