-- keepalive: the same "GET / HTTP/1.1" with only a Host header on every request. No request()
-- function, so wrk sends its pre-built request (the cheapest client).

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
