-- wrk script: each request carries the session cookie of the next signed-in member, in turn.
--   wrk -t2 -c32 -d60s --latency -s benchmarks/web/sessions.lua http://localhost:8090/loyalty/api/me
-- Reads the Cookie header values that SignInMembers wrote (one per line); SESSIONS_FILE names another file.
local file = os.getenv("SESSIONS_FILE") or "benchmarks/target/sessions.txt"
local cookies = {}
for line in io.lines(file) do
  if #line > 0 then
    cookies[#cookies + 1] = line
  end
end
if #cookies == 0 then
  error("no sessions in " .. file)
end

-- wrk reports non-2xx/3xx answers itself; a lost session on /account/club would be a 302 to /login, which
-- the run script checks for before loading (a response() callback here would slow wrk down).
local counter = 0

function setup(thread)
  -- Each thread starts at another place in the list.
  thread:set("offset", counter * 7919)
  counter = counter + 1
end

local next_index = 0

function request()
  next_index = next_index + 1
  local cookie = cookies[((offset or 0) + next_index) % #cookies + 1]
  return wrk.format(nil, nil, { ["Cookie"] = cookie })
end
