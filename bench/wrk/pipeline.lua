-- pipeline: every write carries `depth` identical "GET / HTTP/1.1" requests (argument 1,
-- default 16). wrk counts the requests in the string request() returns, keeps that many in
-- flight per connection and counts every response (summary.requests), not every write.

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

local depth, batch

function init(args)
	depth = tonumber(args[1]) or 16
	local one = "GET / HTTP/1.1\r\nHost: " .. wrk.headers["Host"] .. "\r\n\r\n"
	batch = string.rep(one, depth)
	sent = 0
end

function request()
	sent = sent + depth
	return batch
end
