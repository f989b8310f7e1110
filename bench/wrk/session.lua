-- session: wrk's static request with one fixed session cookie, so that every request loads the
-- same session, writes one key and saves it (bench/apps.sh, webman-session). Without a cookie
-- every request would start a new session and leave a new file behind.

wrk.headers["Cookie"] = "PHPSID=benchsession0123456789abcdef"

dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")
